import { ENTITY_KINDS, LIMITS, OP_KINDS } from '@cxmap/domain';
import type { EntityKind, OpKind } from '@cxmap/domain';
import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsObject, IsUUID, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { CHANGE_OP_SCHEMAS, VERSION_MAX } from './change-op-schemas';

/**
 * Validation of the envelope of one operation; `data` is checked afterwards against the entity's
 * own class. Documented per kind of operation by CHANGE_OP_SCHEMAS, not by this class.
 */
export class ChangeOpDto {
  @IsIn(OP_KINDS)
  op!: OpKind;

  @IsIn(ENTITY_KINDS)
  entity!: EntityKind;

  @IsUUID()
  id!: string;

  @ValidateIf((o: ChangeOpDto) => o.op === 'update' || o.op === 'delete')
  @IsInt()
  @Min(1)
  @Max(VERSION_MAX)
  version?: number;

  @ValidateIf((o: ChangeOpDto) => o.op === 'create' || o.op === 'update')
  @IsObject()
  data?: Record<string, unknown>;
}

export class ChangeBatchDto {
  @ApiProperty({
    type: 'array',
    maxItems: LIMITS.opsPerBatchMax,
    description:
      `Applied in order, all or nothing; at most ${LIMITS.opsPerBatchMax} (413 above). ` +
      'Each operation is one of the shapes below, told apart by the pair (op, entity).',
    items: { oneOf: CHANGE_OP_SCHEMAS.map((schema) => ({ $ref: getSchemaPath(schema) })) },
  })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ChangeOpDto)
  ops!: ChangeOpDto[];
}
