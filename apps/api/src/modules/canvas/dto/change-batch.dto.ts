import { ENTITY_KINDS, OP_KINDS } from '@cxmap/domain';
import type { EntityKind, OpKind } from '@cxmap/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsObject, IsUUID, Max, Min, ValidateIf, ValidateNested } from 'class-validator';

export const VERSION_MAX = 2_147_483_647;

/** The envelope of one operation; `data` is checked afterwards against the entity's own class. */
export class ChangeOpDto {
  @ApiProperty({ enum: OP_KINDS })
  @IsIn(OP_KINDS)
  op!: OpKind;

  @ApiProperty({ enum: ENTITY_KINDS })
  @IsIn(ENTITY_KINDS)
  entity!: EntityKind;

  @ApiProperty({ format: 'uuid', description: 'Chosen by the client for a create' })
  @IsUUID()
  id!: string;

  @ApiPropertyOptional({ minimum: 1, description: 'Base version; required for update and delete' })
  @ValidateIf((o: ChangeOpDto) => o.op === 'update' || o.op === 'delete')
  @IsInt()
  @Min(1)
  @Max(VERSION_MAX)
  version?: number;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'StageData / TouchpointData / LinkData: all fields for create, any subset for update',
  })
  @ValidateIf((o: ChangeOpDto) => o.op === 'create' || o.op === 'update')
  @IsObject()
  data?: Record<string, unknown>;
}

export class ChangeBatchDto {
  @ApiProperty({ type: [ChangeOpDto], description: 'Applied in order, all or nothing' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ChangeOpDto)
  ops!: ChangeOpDto[];
}
