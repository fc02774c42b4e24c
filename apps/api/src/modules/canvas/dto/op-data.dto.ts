import { CHANNELS, EMOTION_MAX, EMOTION_MIN, INTERACTIONS, LAYERS, LIMITS, LINK_TYPES, PHASES } from '@cxmap/domain';
import type { EntityKind } from '@cxmap/domain';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Trim } from '../../../core/validation/trim';

/** `create` requires every field; `update` takes any non-empty subset. Nullable fields accept `null` in both. */
export type DataMode = 'create' | 'update';

/** Sort keys are finite numbers in a generous range (fractions allowed, to insert between two stages). */
export const ORDER_MAX = 1_000_000_000;

function presence(mode: DataMode, nullable: boolean): PropertyDecorator {
  if (mode === 'create') {
    return nullable ? ValidateIf((_o, value) => value !== null) : IsDefined();
  }
  return ValidateIf((_o, value) => value !== undefined && !(nullable && value === null));
}

const finite = { allowNaN: false, allowInfinity: false } as const;
const BLANK = 'Trimmed; must not be blank';

export class PositionDto {
  @ApiProperty({ type: 'number', minimum: -LIMITS.coordinateMax, maximum: LIMITS.coordinateMax })
  @IsNumber(finite)
  @Min(-LIMITS.coordinateMax)
  @Max(LIMITS.coordinateMax)
  x!: number;

  @ApiProperty({ type: 'number', minimum: -LIMITS.coordinateMax, maximum: LIMITS.coordinateMax })
  @IsNumber(finite)
  @Min(-LIMITS.coordinateMax)
  @Max(LIMITS.coordinateMax)
  y!: number;
}

function schemaName(entity: string, mode: DataMode): string {
  return `${entity}${mode === 'create' ? 'Create' : 'Update'}Data`;
}

function describe(entity: EntityKind, mode: DataMode): string {
  return mode === 'create' ? `Every field of a new ${entity}` : `The ${entity} fields to change: at least one`;
}

function stageDataClass(mode: DataMode) {
  const required = mode === 'create';

  @ApiSchema({ name: schemaName('Stage', mode), description: describe('stage', mode) })
  class StageDataDto {
    @ApiProperty({ required, type: 'string', minLength: 1, maxLength: LIMITS.nameMax, description: BLANK })
    @presence(mode, false) @Trim() @IsString() @MinLength(1) @MaxLength(LIMITS.nameMax)
    name!: string;

    @ApiProperty({ required, enum: PHASES })
    @presence(mode, false) @IsIn(PHASES)
    phase!: string;

    @ApiProperty({ required, type: 'number', minimum: -ORDER_MAX, maximum: ORDER_MAX, description: 'Sort key, ascending' })
    @presence(mode, false) @IsNumber(finite) @Min(-ORDER_MAX) @Max(ORDER_MAX)
    order!: number;

    @ApiProperty({ required, type: 'string', maxLength: LIMITS.descriptionMax })
    @presence(mode, false) @IsString() @MaxLength(LIMITS.descriptionMax)
    customerGoal!: string;

    @ApiProperty({ required, type: 'string', maxLength: LIMITS.descriptionMax })
    @presence(mode, false) @IsString() @MaxLength(LIMITS.descriptionMax)
    description!: string;
  }
  return StageDataDto;
}

function touchpointDataClass(mode: DataMode) {
  const required = mode === 'create';

  @ApiSchema({ name: schemaName('Touchpoint', mode), description: describe('touchpoint', mode) })
  class TouchpointDataDto {
    @ApiProperty({ required, type: 'string', format: 'uuid', description: 'A stage of the same journey' })
    @presence(mode, false) @IsUUID()
    stageId!: string;

    @ApiProperty({ required, type: 'string', minLength: 1, maxLength: LIMITS.titleMax, description: BLANK })
    @presence(mode, false) @Trim() @IsString() @MinLength(1) @MaxLength(LIMITS.titleMax)
    title!: string;

    @ApiProperty({ required, type: 'string', maxLength: LIMITS.descriptionMax })
    @presence(mode, false) @IsString() @MaxLength(LIMITS.descriptionMax)
    description!: string;

    @ApiProperty({ required, enum: CHANNELS })
    @presence(mode, false) @IsIn(CHANNELS)
    channel!: string;

    @ApiProperty({ required, enum: INTERACTIONS })
    @presence(mode, false) @IsIn(INTERACTIONS)
    interaction!: string;

    @ApiProperty({ required, type: 'string', nullable: true, maxLength: LIMITS.ownerTeamMax })
    @presence(mode, true) @IsString() @MaxLength(LIMITS.ownerTeamMax)
    ownerTeam!: string | null;

    @ApiProperty({ required, enum: LAYERS })
    @presence(mode, false) @IsIn(LAYERS)
    layer!: string;

    @ApiProperty({ required, type: 'integer', nullable: true, minimum: EMOTION_MIN, maximum: EMOTION_MAX })
    @presence(mode, true) @IsInt() @Min(EMOTION_MIN) @Max(EMOTION_MAX)
    emotion!: number | null;

    @ApiProperty({ required, type: () => PositionDto, description: 'Both coordinates, also in an update' })
    @presence(mode, false) @IsObject() @ValidateNested() @Type(() => PositionDto)
    position!: PositionDto;
  }
  return TouchpointDataDto;
}

function linkDataClass(mode: DataMode) {
  const required = mode === 'create';

  @ApiSchema({ name: schemaName('Link', mode), description: describe('link', mode) })
  class LinkDataDto {
    @ApiProperty({ required, type: 'string', format: 'uuid', description: 'A touchpoint of the same journey' })
    @presence(mode, false) @IsUUID()
    sourceId!: string;

    @ApiProperty({ required, type: 'string', format: 'uuid', description: 'Another touchpoint of the same journey' })
    @presence(mode, false) @IsUUID()
    targetId!: string;

    @ApiProperty({ required, enum: LINK_TYPES })
    @presence(mode, false) @IsIn(LINK_TYPES)
    type!: string;

    @ApiProperty({ required, type: 'string', nullable: true, maxLength: LIMITS.labelMax })
    @presence(mode, true) @IsString() @MaxLength(LIMITS.labelMax)
    label!: string | null;
  }
  return LinkDataDto;
}

export type DataClass = new () => object;

/** The class that validates (and documents) `data` of an operation, by entity and mode. */
export const OP_DATA_CLASSES: Record<EntityKind, Record<DataMode, DataClass>> = {
  stage: { create: stageDataClass('create'), update: stageDataClass('update') },
  touchpoint: { create: touchpointDataClass('create'), update: touchpointDataClass('update') },
  link: { create: linkDataClass('create'), update: linkDataClass('update') },
};

/** Fields holding ids, normalised to lower case like PostgreSQL prints them. */
export const ID_FIELDS: readonly string[] = ['stageId', 'sourceId', 'targetId'];
