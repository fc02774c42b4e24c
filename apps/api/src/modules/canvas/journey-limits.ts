import { LIMITS } from '@cxmap/domain';
import type { GraphContent } from '@cxmap/journey-format';
import { AppError, type AppErrorCode } from '../../core/errors/app-error';

interface SizeRule {
  kind: keyof GraphContent;
  max: number;
  code: AppErrorCode;
}

export const JOURNEY_SIZE_RULES: readonly SizeRule[] = [
  { kind: 'stages', max: LIMITS.stagesPerJourneyMax, code: 'TOO_MANY_STAGES' },
  { kind: 'touchpoints', max: LIMITS.touchpointsPerJourneyMax, code: 'TOO_MANY_TOUCHPOINTS' },
  { kind: 'links', max: LIMITS.linksPerJourneyMax, code: 'TOO_MANY_LINKS' },
];

/**
 * The per-journey limits (LIMITS.*PerJourneyMax), checked on the result of a batch. Only growth past
 * a limit is refused: a journey already above one (say, after the limit was lowered) can still be
 * edited and trimmed.
 */
export function journeySizeError(before: GraphContent, after: GraphContent): AppError | null {
  return journeySizesError(sizesOf(before), sizesOf(after));
}

/** How many stages, touchpoints and links a journey holds. */
export type JourneySizes = Record<keyof GraphContent, number>;

export function sizesOf(graph: GraphContent): JourneySizes {
  return { stages: graph.stages.length, touchpoints: graph.touchpoints.length, links: graph.links.length };
}

/** journeySizeError on counts, for callers that hold only part of the graph. */
export function journeySizesError(before: JourneySizes, after: JourneySizes): AppError | null {
  for (const rule of JOURNEY_SIZE_RULES) {
    const count = after[rule.kind];
    if (count > rule.max && count > before[rule.kind]) {
      return new AppError(rule.code, {
        detail: `A journey holds at most ${rule.max} ${rule.kind}; this batch would make it ${count}.`,
      });
    }
  }
  return null;
}
