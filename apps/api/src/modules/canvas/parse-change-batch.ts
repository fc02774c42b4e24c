import { LIMITS } from '@cxmap/domain';
import type { ChangeOp, FieldError } from '@cxmap/domain';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidatorOptions } from 'class-validator';
import { AppError } from '../../core/errors/app-error';
import { flattenValidationErrors } from '../../core/validation/validation-errors';
import { ChangeBatchDto, type ChangeOpDto } from './dto/change-batch.dto';
import { ID_FIELDS, OP_DATA_CLASSES } from './dto/op-data.dto';

const OPTIONS: ValidatorOptions = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a `/changes` body in two steps: the envelope of every operation, then each `data` against
 * its entity's class (create = every field, update = any subset). Failures carry paths such as
 * `ops.3.data.emotion`. A batch over the size limit is refused before any of that (413).
 */
export function parseChangeBatch(body: unknown): ChangeOp[] {
  if (isRecord(body) && Array.isArray(body['ops']) && body['ops'].length > LIMITS.opsPerBatchMax) {
    throw new AppError('BATCH_TOO_LARGE', {
      detail: `A batch holds at most ${LIMITS.opsPerBatchMax} operations; split it.`,
    });
  }
  if (!isRecord(body)) {
    throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'ops', message: 'ops must be an array' }] });
  }
  const batch = plainToInstance(ChangeBatchDto, body);
  const errors: FieldError[] = flattenValidationErrors(validateSync(batch, OPTIONS));
  if (errors.length > 0 && !Array.isArray(batch.ops)) throw new AppError('VALIDATION_FAILED', { errors });

  batch.ops.forEach((op, index) => {
    if (!isRecord(op) || op.op === 'delete' || !isRecord(op.data)) return;
    const dataClass = OP_DATA_CLASSES[op.entity]?.[op.op];
    if (!dataClass) return;
    const data = plainToInstance(dataClass, op.data);
    errors.push(...flattenValidationErrors(validateSync(data, OPTIONS), `ops.${index}.data`));
  });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });

  return batch.ops.map(toChangeOp);
}

function toChangeOp(op: ChangeOpDto): ChangeOp {
  const id = op.id.toLowerCase();
  // The shapes below were validated field by field above; TypeScript cannot follow that.
  if (op.op === 'delete') return { op: 'delete', entity: op.entity, id, version: op.version ?? 0 } as ChangeOp;
  const data: Record<string, unknown> = { ...(op.data ?? {}) };
  for (const field of ID_FIELDS) {
    if (typeof data[field] === 'string') data[field] = (data[field] as string).toLowerCase();
  }
  if (isRecord(data['position'])) {
    const position = data['position'] as Record<string, unknown>;
    data['position'] = { x: position['x'], y: position['y'] };
  }
  if (op.op === 'create') return { op: 'create', entity: op.entity, id, data } as unknown as ChangeOp;
  return { op: 'update', entity: op.entity, id, version: op.version ?? 0, data } as unknown as ChangeOp;
}
