import { LIMITS } from '@cxmap/domain';
import type { ImportedJourney, ImportIssue, ImportResult } from './imported-journey';
import { composeDescription, DESCRIPTION_MAX, tooLong, truncate } from './touchpoint-text';

/**
 * The checks every importer ends with: the journey limits (refused: a journey cut short would be a
 * silently wrong map) and the field lengths (cut, with a warning, the full text kept in the notes).
 */
export function finishImport(journey: ImportedJourney, warnings: ImportIssue[]): ImportResult {
  const touchpointCount = journey.stages.reduce((sum, stage) => sum + stage.touchpoints.length, 0);
  const errors: ImportIssue[] = [];
  if (journey.stages.length > LIMITS.stagesPerJourneyMax) {
    errors.push({ line: null, message: `The file has ${journey.stages.length} stages; a journey holds at most ${LIMITS.stagesPerJourneyMax}.` });
  }
  if (touchpointCount > LIMITS.touchpointsPerJourneyMax) {
    errors.push({ line: null, message: `The file has ${touchpointCount} touchpoints; a journey holds at most ${LIMITS.touchpointsPerJourneyMax}.` });
  }
  if (journey.links.length > LIMITS.linksPerJourneyMax) {
    errors.push({ line: null, message: `The file has ${journey.links.length} links; a journey holds at most ${LIMITS.linksPerJourneyMax}.` });
  }
  if (errors.length > 0) return { ok: false, errors };

  const out = [...warnings];
  const name = journey.name.trim() === '' ? 'Imported journey' : journey.name.trim();
  const stages = journey.stages.map((stage) => {
    let stageName = stage.name;
    if (tooLong(stageName, LIMITS.nameMax)) {
      out.push({ line: stage.line, message: `Stage name longer than ${LIMITS.nameMax} characters: cut short.` });
      stageName = truncate(stageName, LIMITS.nameMax);
    }
    const touchpoints = stage.touchpoints.map((touchpoint) => {
      let { title } = touchpoint;
      let notes = touchpoint.notes;
      if (tooLong(title, LIMITS.titleMax)) {
        out.push({ line: touchpoint.line, message: `Title longer than ${LIMITS.titleMax} characters: cut short, kept in full in the description.` });
        notes = [`Full title: ${title}`, ...notes];
        title = truncate(title, LIMITS.titleMax);
      }
      if (tooLong(composeDescription(touchpoint.description, touchpoint.actors, notes), DESCRIPTION_MAX)) {
        out.push({ line: touchpoint.line, message: `Description longer than ${DESCRIPTION_MAX} characters: it will be cut short.` });
      }
      return { ...touchpoint, title, notes };
    });
    return { ...stage, name: stageName, touchpoints };
  });
  if (tooLong(journey.description, DESCRIPTION_MAX)) {
    out.push({ line: null, message: `Journey description longer than ${DESCRIPTION_MAX} characters: it will be cut short.` });
  }
  return { ok: true, journey: { ...journey, name: truncate(name, LIMITS.nameMax), stages }, warnings: out };
}
