import { ENTITY_KINDS, LIMITS } from '@cxmap/domain';
import type { ChangeOp, FieldError } from '@cxmap/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidatorOptions } from 'class-validator';
import { AppError } from '../../core/errors/app-error';
import { flattenValidationErrors } from '../../core/validation/validation-errors';
import { acceptValid } from '../../core/validation/compiled-class';
import { ChangeBatchDto, ChangeOpDto } from './dto/change-batch.dto';
import { ID_FIELDS, OP_DATA_CLASSES } from './dto/op-data.dto';
import { acceptMove } from './parse-move';

const OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
};

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(errors: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', { errors });
}

/**
 * Checks a `/changes` body in three steps: every operation is a JSON object, the envelope of each
 * (op, entity, id, version; `data` only where it belongs), then each `data` against its entity's
 * class (create = every field, update = a non-empty subset). Failures carry paths such as
 * `ops.3.data.emotion`. A batch over the size limit is refused before any of that (413).
 *
 * Every operation goes through the same decorators either way: first through their compiled form
 * (acceptValid), which only answers "valid" or "don't know"; the first "don't know" sends the whole
 * batch through plainToInstance + validateSync, which reports every error with its path. A drag's
 * operation is first offered to acceptMove, the same rules checked without the walk.
 */
export function parseChangeBatch(body: unknown): ChangeOp[] {
  if (!isRecord(body)) throw invalid([{ path: 'ops', message: 'ops must be an array' }]);
  const rawOps = body['ops'];
  if (Array.isArray(rawOps)) {
    if (rawOps.length > LIMITS.opsPerBatchMax) {
      throw new AppError('BATCH_TOO_LARGE', { detail: `A batch holds at most ${LIMITS.opsPerBatchMax} operations; split it.` });
    }
    // Checked first: class-transformer turns a nested array into something no validator looks at.
    const notObjects = rawOps.flatMap((op, index) =>
      isRecord(op) ? [] : [{ path: `ops.${index}`, message: 'each operation must be an object' }],
    );
    if (notObjects.length > 0) throw invalid(notObjects);
  }
  return parseValidBatch(body) ?? parseCheckedBatch(body);
}

/**
 * The operations of a batch that is valid from top to bottom, validated with the compiled
 * decorators; null as soon as any part is not certainly valid (parseCheckedBatch then decides).
 */
export function parseValidBatch(body: Json): ChangeOp[] | null {
  const rawOps = body['ops'];
  // The envelope's only property is `ops`; anything else is for ChangeBatchDto to report.
  if (!Array.isArray(rawOps) || Object.keys(body).length !== 1) return null;
  const ops: ChangeOp[] = new Array<ChangeOp>(rawOps.length);
  for (let index = 0; index < rawOps.length; index++) {
    const raw = rawOps[index] as Json;
    const move = acceptMove(raw);
    if (move !== null) {
      ops[index] = move;
      continue;
    }
    const op = acceptValid(ChangeOpDto, raw);
    if (op === null) return null;
    let data: Json | null = null;
    if (op.op === 'delete') {
      if (raw['data'] !== undefined) return null;
    } else {
      const rawData = raw['data'] as Json;
      if (op.op === 'update' && Object.keys(rawData).length === 0) return null;
      data = acceptValid(OP_DATA_CLASSES[op.entity][op.op], rawData) as Json | null;
      if (data === null) return null;
    }
    ops[index] = toChangeOp(op, data);
  }
  return ops;
}

/** The full check with class-transformer and class-validator: every error of the batch, with its path. */
export function parseCheckedBatch(body: Json): ChangeOp[] {
  const rawOps = body['ops'];
  const batch = plainToInstance(ChangeBatchDto, body);
  const errors: FieldError[] = flattenValidationErrors(validateSync(batch, OPTIONS));
  if (!Array.isArray(rawOps)) throw invalid(errors);

  const ops = (rawOps as Json[]).map((raw, index) => parseData(raw, index, errors));
  if (errors.length > 0) throw invalid(errors);
  return batch.ops.map((op, index) => toChangeOp(op, ops[index] ?? null));
}

/** The checked and transformed `data` of one operation (null for a delete), or null after pushing its errors. */
function parseData(raw: Json, index: number, errors: FieldError[]): Json | null {
  const path = `ops.${index}.data`;
  const data = raw['data'];
  if (raw['op'] === 'delete') {
    if (data !== undefined) errors.push({ path, message: 'a delete takes no data' });
    return null;
  }
  if (!isRecord(data) || (raw['op'] !== 'create' && raw['op'] !== 'update')) return null;
  if (raw['op'] === 'update' && Object.keys(data).length === 0) {
    errors.push({ path, message: 'an update must change at least one field' });
    return null;
  }
  // Looked up only for known entities: `OP_DATA_CLASSES['constructor']` would be Object.
  const entity = ENTITY_KINDS.find((kind) => kind === raw['entity']);
  if (entity === undefined) return null;
  const instance = plainToInstance(OP_DATA_CLASSES[entity][raw['op']], data);
  errors.push(...flattenValidationErrors(validateSync(instance, OPTIONS), path));
  return { ...instance };
}

function toChangeOp(op: ChangeOpDto, parsed: Json | null): ChangeOp {
  const id = op.id.toLowerCase();
  // The shapes below were validated field by field above; TypeScript cannot follow that.
  if (op.op === 'delete') return { op: 'delete', entity: op.entity, id, version: op.version ?? 0 } as ChangeOp;
  const data: Json = { ...(parsed ?? {}) };
  for (const field of ID_FIELDS) {
    if (typeof data[field] === 'string') data[field] = (data[field] as string).toLowerCase();
  }
  if (isRecord(data['position'])) {
    const position = data['position'];
    data['position'] = { x: position['x'], y: position['y'] };
  }
  if (op.op === 'create') return { op: 'create', entity: op.entity, id, data } as unknown as ChangeOp;
  return { op: 'update', entity: op.entity, id, version: op.version ?? 0, data } as unknown as ChangeOp;
}
