import type { ConflictItem, EntityKind, LinkDto, StageDto, TouchpointDto } from '@cxmap/domain';
import type { GraphContent, OpError } from '@cxmap/journey-format';
import { AppError, type AppErrorCode } from '../../core/errors/app-error';

type Entity = StageDto | TouchpointDto | LinkDto;

function findIn(graph: GraphContent, entity: EntityKind, id: string): Entity | null {
  const list: readonly Entity[] =
    entity === 'stage' ? graph.stages : entity === 'touchpoint' ? graph.touchpoints : graph.links;
  return list.find((e) => e.id === id) ?? null;
}

const CONFLICT_CODES: ReadonlySet<string> = new Set(['VERSION_CONFLICT', 'NOT_FOUND']);
const REFERENCE_CODES: ReadonlySet<string> = new Set(['STAGE_NOT_FOUND', 'TOUCHPOINT_NOT_FOUND']);

/**
 * Turns applyOps' errors into one problem, most serious first: stale or vanished entities (409 with
 * their current state), then references to entities outside the journey (404), then the rest (422).
 */
export function opErrorsToAppError(errors: readonly OpError[], current: GraphContent): AppError {
  const fieldErrors = errors.map((e) => ({ path: e.path, message: e.message }));
  const conflicts: ConflictItem[] = errors
    .filter((e) => CONFLICT_CODES.has(e.code))
    .map((e) => ({ index: e.index, entity: e.entity, id: e.id, current: findIn(current, e.entity, e.id) }));
  if (conflicts.length > 0) {
    return new AppError('VERSION_CONFLICT', {
      detail: `${conflicts.length} operation(s) target entities that changed or no longer exist; nothing was applied.`,
      conflicts,
      errors: fieldErrors,
    });
  }
  const reference = errors.find((e) => REFERENCE_CODES.has(e.code));
  const first = reference ?? errors[0];
  if (!first) return new AppError('INTERNAL');
  return new AppError(first.code as AppErrorCode, { detail: first.message, errors: fieldErrors });
}
