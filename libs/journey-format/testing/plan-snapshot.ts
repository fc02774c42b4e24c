import { applyOps } from '../src/apply-ops';
import { emptyGraph } from '../src/graph';
import type { JourneyImportPlan } from '../src/document/import-plan';
import type { JourneySnapshot } from '../src/document/to-document';

/**
 * The journey an import plan leaves behind, computed without a database: the operations applied
 * to an empty graph (with the canvas's checks), everything else as planned; annotations with no
 * author are the importer's, without timestamps made `now`. What the API stores, for pure tests
 * and previews.
 */
export function planToSnapshot(plan: JourneyImportPlan, importer: { name: string; now: string }): JourneySnapshot {
  const { graph, errors } = applyOps(emptyGraph(), plan.ops);
  if (errors.length > 0) throw new Error(`import plan refused by applyOps: ${errors.map((error) => error.message).join('; ')}`);
  return {
    journey: { ...plan.journey },
    persona: plan.persona && { ...plan.persona },
    graph,
    reviewBy: Object.fromEntries(plan.reviewBy.map((entry) => [entry.touchpointId, entry.reviewBy])),
    customDefinitions: plan.metricDefinitions,
    metrics: plan.metrics,
    annotations: plan.annotations.map((annotation) => ({
      ...annotation,
      author: annotation.author ?? { name: importer.name },
      createdAt: annotation.createdAt ?? importer.now,
      updatedAt: annotation.updatedAt ?? importer.now,
    })),
  };
}
