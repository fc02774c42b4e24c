import type { ConflictItem, EntityKind, LinkDto, StageDto, TouchpointDto } from '@cxmap/domain';
import type { GraphContent, OpError, OpErrorCode } from '@cxmap/journey-format';
import { assertUnreachable } from '../../core/assert-unreachable';
import { AppError, type AppErrorCode } from '../../core/errors/app-error';

type Entity = StageDto | TouchpointDto | LinkDto;

/**
 * How serious an applyOps error is: `conflict` = the entity changed or vanished meanwhile (409, the
 * client reloads); `reference` = it points at something outside the journey (404); `rule` = the
 * batch itself is wrong, whatever the stored state (422).
 */
type Severity = 'conflict' | 'reference' | 'rule';

interface OpErrorMapping {
  severity: Severity;
  code: AppErrorCode;
}

/** Every applyOps code, mapped once: a code added to the lib and not handled here fails the type check. */
export function mapOpErrorCode(code: OpErrorCode): OpErrorMapping {
  switch (code) {
    case 'VERSION_CONFLICT':
    case 'NOT_FOUND':
      return { severity: 'conflict', code: 'VERSION_CONFLICT' };
    case 'STAGE_NOT_FOUND':
      return { severity: 'reference', code: 'STAGE_NOT_FOUND' };
    case 'TOUCHPOINT_NOT_FOUND':
      return { severity: 'reference', code: 'TOUCHPOINT_NOT_FOUND' };
    case 'DUPLICATE_ID':
      return { severity: 'rule', code: 'DUPLICATE_ID' };
    case 'REMOVED_IN_BATCH':
      return { severity: 'rule', code: 'REMOVED_IN_BATCH' };
    case 'SELF_LINK':
      return { severity: 'rule', code: 'SELF_LINK' };
    case 'DUPLICATE_LINK':
      return { severity: 'rule', code: 'DUPLICATE_LINK' };
    default:
      return assertUnreachable(code);
  }
}

function currentState(current: GraphContent): (entity: EntityKind, id: string) => Entity | null {
  const tables: Record<EntityKind, Map<string, Entity> | null> = { stage: null, touchpoint: null, link: null };
  const lists: Record<EntityKind, readonly Entity[]> = { stage: current.stages, touchpoint: current.touchpoints, link: current.links };
  return (entity, id) => {
    // One map per kind, built on first use: thousands of conflicts stay linear.
    const table = (tables[entity] ??= new Map(lists[entity].map((e) => [e.id, e])));
    return table.get(id) ?? null;
  };
}

/**
 * Turns applyOps' errors into one problem, most serious first: stale or vanished entities (409 with
 * their current state), then references to entities outside the journey (404), then the rest (422).
 * Every error keeps its field path in `errors`.
 */
export function opErrorsToAppError(errors: readonly OpError[], current: GraphContent): AppError {
  const fieldErrors = errors.map((e) => ({ path: e.path, message: e.message }));
  const mapped = errors.map((e) => ({ error: e, ...mapOpErrorCode(e.code) }));
  const stateOf = currentState(current);
  const conflicts: ConflictItem[] = mapped
    .filter((m) => m.severity === 'conflict')
    .map(({ error: e }) => ({ index: e.index, entity: e.entity, id: e.id, current: stateOf(e.entity, e.id) }));
  if (conflicts.length > 0) {
    return new AppError('VERSION_CONFLICT', {
      detail: `${conflicts.length} operation(s) target entities that changed or no longer exist; nothing was applied.`,
      conflicts,
      errors: fieldErrors,
    });
  }
  const first = mapped.find((m) => m.severity === 'reference') ?? mapped[0];
  if (!first) return new AppError('INTERNAL');
  return new AppError(first.code, { detail: first.error.message, errors: fieldErrors });
}
