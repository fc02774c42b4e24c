import { ANNOTATION_LIMITS, LIMITS } from '@cxmap/domain';
import type { JourneyImportPlan, PlannedAnnotation } from '../document/import-plan';
import type { ImportedJourney } from './imported-journey';
import { buildImportOps } from './to-ops';
import { DESCRIPTION_MAX, truncate } from './touchpoint-text';

/**
 * The import plan of a Mermaid or OpenJourney file: a draft journey in its current state, the
 * graph's operations, and each pain point the file marks as an open pain-point annotation on its
 * touchpoint, written by the person importing (severity as the file says: low, medium or high).
 */
export function importedJourneyToPlan(imported: ImportedJourney, newId: () => string): JourneyImportPlan {
  const { ops, touchpointIds } = buildImportOps(imported, newId);
  const annotations = imported.painPoints.flatMap((draft): PlannedAnnotation[] => {
    const touchpointId = touchpointIds[draft.at.stage]?.[draft.at.touchpoint];
    if (touchpointId === undefined) return [];
    return [
      {
        on: { kind: 'touchpoint', id: touchpointId },
        kind: 'pain_point',
        severity: draft.severity,
        status: 'open',
        title: truncate(draft.title.trim() || 'Pain point', ANNOTATION_LIMITS.titleMax),
        body: truncate(draft.description.trim(), ANNOTATION_LIMITS.bodyMax),
        ownerTeam: null,
        evidence: [],
        author: null,
        createdAt: null,
        updatedAt: null,
        resolvedAt: null,
        replies: [],
      },
    ];
  });
  return {
    journey: { name: truncate(imported.name, LIMITS.nameMax), description: truncate(imported.description, DESCRIPTION_MAX), state: 'current', status: 'draft' },
    persona: null,
    ops,
    reviewBy: [],
    metricDefinitions: [],
    metrics: [],
    annotations,
  };
}
