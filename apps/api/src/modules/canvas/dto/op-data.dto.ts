import { CHANNELS, EMOTION_MAX, EMOTION_MIN, INTERACTIONS, LAYERS, LIMITS, LINK_TYPES, PHASES } from '@cxmap/domain';
import type { EntityKind } from '@cxmap/domain';
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
  ValidateIf,
  ValidateNested,
} from 'class-validator';

/** `create` requires every field; `update` takes any subset. Nullable fields accept `null` in both. */
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

export class PositionDto {
  @IsNumber(finite)
  @Min(-LIMITS.coordinateMax)
  @Max(LIMITS.coordinateMax)
  x!: number;

  @IsNumber(finite)
  @Min(-LIMITS.coordinateMax)
  @Max(LIMITS.coordinateMax)
  y!: number;
}

function stageDataClass(mode: DataMode) {
  class StageDataDto {
    @presence(mode, false) @IsString() @MaxLength(LIMITS.nameMax)
    name!: string;

    @presence(mode, false) @IsIn(PHASES)
    phase!: string;

    @presence(mode, false) @IsNumber(finite) @Min(-ORDER_MAX) @Max(ORDER_MAX)
    order!: number;

    @presence(mode, false) @IsString() @MaxLength(LIMITS.descriptionMax)
    customerGoal!: string;

    @presence(mode, false) @IsString() @MaxLength(LIMITS.descriptionMax)
    description!: string;
  }
  return StageDataDto;
}

function touchpointDataClass(mode: DataMode) {
  class TouchpointDataDto {
    @presence(mode, false) @IsUUID()
    stageId!: string;

    @presence(mode, false) @IsString() @MaxLength(LIMITS.titleMax)
    title!: string;

    @presence(mode, false) @IsString() @MaxLength(LIMITS.descriptionMax)
    description!: string;

    @presence(mode, false) @IsIn(CHANNELS)
    channel!: string;

    @presence(mode, false) @IsIn(INTERACTIONS)
    interaction!: string;

    @presence(mode, true) @IsString() @MaxLength(LIMITS.ownerTeamMax)
    ownerTeam!: string | null;

    @presence(mode, false) @IsIn(LAYERS)
    layer!: string;

    @presence(mode, true) @IsInt() @Min(EMOTION_MIN) @Max(EMOTION_MAX)
    emotion!: number | null;

    @presence(mode, false) @IsObject() @ValidateNested() @Type(() => PositionDto)
    position!: PositionDto;
  }
  return TouchpointDataDto;
}

function linkDataClass(mode: DataMode) {
  class LinkDataDto {
    @presence(mode, false) @IsUUID()
    sourceId!: string;

    @presence(mode, false) @IsUUID()
    targetId!: string;

    @presence(mode, false) @IsIn(LINK_TYPES)
    type!: string;

    @presence(mode, true) @IsString() @MaxLength(LIMITS.labelMax)
    label!: string | null;
  }
  return LinkDataDto;
}

export type DataClass = new () => object;

/** The class that validates `data` of an operation, by entity and mode. */
export const OP_DATA_CLASSES: Record<EntityKind, Record<DataMode, DataClass>> = {
  stage: { create: stageDataClass('create'), update: stageDataClass('update') },
  touchpoint: { create: touchpointDataClass('create'), update: touchpointDataClass('update') },
  link: { create: linkDataClass('create'), update: linkDataClass('update') },
};

/** Fields holding ids, normalised to lower case like PostgreSQL prints them. */
export const ID_FIELDS: readonly string[] = ['stageId', 'sourceId', 'targetId'];
