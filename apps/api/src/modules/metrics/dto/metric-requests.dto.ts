import {
  LIMITS,
  MEASUREMENT_KINDS,
  METRIC_DIRECTIONS,
  METRIC_FAMILIES,
  METRIC_KEY_MAX,
  METRIC_KEY_PATTERN,
  METRIC_LIMITS,
  METRIC_TARGETS,
  METRIC_UNITS,
  PERIOD_KINDS,
  ROLLUP_DIMENSIONS,
  VALUE_POOLINGS,
} from '@cxmap/domain';
import type {
  AttachMetricRequest,
  CreateMetricDefinitionRequest,
  MeasurementKind,
  MetricDirection,
  MetricFamily,
  MetricScale,
  MetricTarget,
  MetricUnit,
  PeriodKind,
  RollupDimension,
  UpdateMetricAttachmentRequest,
  UpdateMetricDefinitionRequest,
  ValuePooling,
} from '@cxmap/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { DATE_PATTERN, OptionalDay } from '../../../core/validation/date-range';
import { IsOptionalNotNull, IsRequiredNullable } from '../../../core/validation/optional';
import { Trim } from '../../../core/validation/trim';
import { VERSION_MAX } from '../../canvas/dto/change-op-schemas';

const finite = { allowNaN: false, allowInfinity: false } as const;
const THRESHOLD = METRIC_LIMITS.thresholdMax;

export class MetricScaleDto implements MetricScale {
  @ApiProperty({ minimum: -THRESHOLD, maximum: THRESHOLD })
  @IsNumber(finite)
  @Min(-THRESHOLD)
  @Max(THRESHOLD)
  min!: number;

  @ApiProperty({ minimum: -THRESHOLD, maximum: THRESHOLD, description: 'Greater than min' })
  @IsNumber(finite)
  @Min(-THRESHOLD)
  @Max(THRESHOLD)
  max!: number;
}

export class CreateMetricDefinitionDto implements CreateMetricDefinitionRequest {
  @ApiProperty({ pattern: METRIC_KEY_PATTERN.source, maxLength: METRIC_KEY_MAX, description: 'Unique in the workspace, built-in keys included' })
  @IsString()
  @Matches(METRIC_KEY_PATTERN, { message: 'key must be 2–48 characters: a lower-case letter, then letters, digits or _' })
  key!: string;

  @ApiProperty({ minLength: 1, maxLength: LIMITS.nameMax })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.nameMax)
  name!: string;

  @ApiPropertyOptional({ maxLength: LIMITS.descriptionMax })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(LIMITS.descriptionMax)
  description?: string;

  @ApiProperty({ enum: METRIC_FAMILIES })
  @IsIn(METRIC_FAMILIES)
  family!: MetricFamily;

  @ApiProperty({ enum: METRIC_UNITS, description: 'A `ratio` metric in `percent` is a share: numerator ≤ denominator' })
  @IsIn(METRIC_UNITS)
  unit!: MetricUnit;

  @ApiProperty({ type: MetricScaleDto, nullable: true, description: 'Range of the score (and of each reported mean), or null' })
  @IsRequiredNullable()
  @ValidateNested()
  @Type(() => MetricScaleDto)
  scale!: MetricScaleDto | null;

  @ApiProperty({ enum: METRIC_DIRECTIONS, description: 'Whether a higher or a lower score is better' })
  @IsIn(METRIC_DIRECTIONS)
  direction!: MetricDirection;

  @ApiProperty({ enum: MEASUREMENT_KINDS, description: 'Which raw figures a measurement carries' })
  @IsIn(MEASUREMENT_KINDS)
  kind!: MeasurementKind;

  @ApiPropertyOptional({ enum: VALUE_POOLINGS, description: 'Required for `value` metrics, refused for the others' })
  @IsOptionalNotNull()
  @IsIn(VALUE_POOLINGS)
  valuePooling?: ValuePooling;

  @ApiProperty({ enum: METRIC_TARGETS, isArray: true, minItems: 1, maxItems: METRIC_TARGETS.length })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(METRIC_TARGETS.length)
  @ArrayUnique()
  @IsIn(METRIC_TARGETS, { each: true })
  appliesTo!: MetricTarget[];
}

/** Name, description and family only (at least one), with the version read: every other field of a metric is fixed once it exists (see UpdateMetricDefinitionRequest). */
export class UpdateMetricDefinitionDto implements UpdateMetricDefinitionRequest {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: VERSION_MAX, description: 'The version you read; stale → 409' })
  @IsInt()
  @Min(1)
  @Max(VERSION_MAX)
  version!: number;

  @ApiPropertyOptional({ minLength: 1, maxLength: LIMITS.nameMax })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.nameMax)
  name?: string;

  @ApiPropertyOptional({ maxLength: LIMITS.descriptionMax })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(LIMITS.descriptionMax)
  description?: string;

  @ApiPropertyOptional({ enum: METRIC_FAMILIES })
  @IsOptionalNotNull()
  @IsIn(METRIC_FAMILIES)
  family?: MetricFamily;
}

export class AttachMetricDto implements AttachMetricRequest {
  @ApiProperty({ maxLength: METRIC_KEY_MAX, description: 'Key of a built-in or workspace metric' })
  @IsString()
  @MaxLength(METRIC_KEY_MAX)
  metric!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Exactly one of touchpointId and linkId' })
  @IsOptionalNotNull()
  @IsUUID()
  touchpointId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Exactly one of touchpointId and linkId' })
  @IsOptionalNotNull()
  @IsUUID()
  linkId?: string;

  @ApiProperty({ minimum: -THRESHOLD, maximum: THRESHOLD })
  @IsNumber(finite)
  @Min(-THRESHOLD)
  @Max(THRESHOLD)
  target!: number;

  @ApiProperty({ minimum: -THRESHOLD, maximum: THRESHOLD, description: 'Edge of "at risk"; on the worse side of the target' })
  @IsNumber(finite)
  @Min(-THRESHOLD)
  @Max(THRESHOLD)
  warning!: number;

  @ApiPropertyOptional({ description: 'Shown as the badge on the canvas node; default false' })
  @IsOptionalNotNull()
  @IsBoolean()
  isKey?: boolean;
}

export class UpdateMetricAttachmentDto implements UpdateMetricAttachmentRequest {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: VERSION_MAX, description: 'The version you read; stale → 409' })
  @IsInt()
  @Min(1)
  @Max(VERSION_MAX)
  version!: number;

  @ApiPropertyOptional({ minimum: -THRESHOLD, maximum: THRESHOLD })
  @IsOptionalNotNull()
  @IsNumber(finite)
  @Min(-THRESHOLD)
  @Max(THRESHOLD)
  target?: number;

  @ApiPropertyOptional({ minimum: -THRESHOLD, maximum: THRESHOLD })
  @IsOptionalNotNull()
  @IsNumber(finite)
  @Min(-THRESHOLD)
  @Max(THRESHOLD)
  warning?: number;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @IsBoolean()
  isKey?: boolean;
}

export class MeasurementListQueryDto {
  @OptionalDay('from', 'Periods starting on or after this date')
  from?: string;

  @OptionalDay('to', 'Periods starting on or before this date')
  to?: string;
}

export class RollupQueryDto {
  @ApiProperty({ maxLength: METRIC_KEY_MAX })
  @IsString()
  @MaxLength(METRIC_KEY_MAX)
  metric!: string;

  @ApiProperty({ enum: ROLLUP_DIMENSIONS })
  @IsIn(ROLLUP_DIMENSIONS)
  by!: RollupDimension;

  @ApiProperty({ format: 'date', description: 'First day, inclusive' })
  @Matches(DATE_PATTERN, { message: 'from must be a date, YYYY-MM-DD' })
  from!: string;

  @ApiProperty({ format: 'date', description: 'Last day, inclusive' })
  @Matches(DATE_PATTERN, { message: 'to must be a date, YYYY-MM-DD' })
  to!: string;

  @ApiPropertyOptional({ enum: PERIOD_KINDS, description: 'Which measurements to pool; default month' })
  @IsOptionalNotNull()
  @IsIn(PERIOD_KINDS)
  period?: PeriodKind;

  @ApiPropertyOptional({ maxLength: METRIC_LIMITS.dimensionMax, description: 'Only rows of this dimension; default: all' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(METRIC_LIMITS.dimensionMax)
  dimension?: string;
}

/** `?version=` of DELETE: the version the caller last read (as PATCH sends it in its body); stale → 409. */
export class DeleteMetricDefinitionQueryDto {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: VERSION_MAX, description: 'The version you read; stale → 409 naming the current one, and nothing is deleted' })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(VERSION_MAX)
  version!: number;
}
