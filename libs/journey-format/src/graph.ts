import type { LinkDto, StageDto, TouchpointDto } from '@cxmap/domain';

/** The editable content of a journey: what `/changes` operates on. */
export interface GraphContent {
  stages: StageDto[];
  touchpoints: TouchpointDto[];
  links: LinkDto[];
}

export function emptyGraph(): GraphContent {
  return { stages: [], touchpoints: [], links: [] };
}

/** Stages in drawing order (by `order`, ties by id so the order is stable). */
export function sortedStages(stages: readonly StageDto[]): StageDto[] {
  return [...stages].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
