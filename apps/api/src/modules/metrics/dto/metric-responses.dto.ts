import {
  MEASUREMENT_KINDS,
  MEASUREMENT_SOURCES,
  METRIC_DIRECTIONS,
  METRIC_FAMILIES,
  METRIC_HEALTHS,
  METRIC_TARGETS,
  METRIC_TRENDS,
  METRIC_UNITS,
  PERIOD_KINDS,
  ROLLUP_DIMENSIONS,
  VALUE_POOLINGS,
} from '@cxmap/domain';
import type {
  DateRange,
  MeasurementBatchResponse,
  MeasurementCsvLineDto,
  MeasurementCsvResponse,
  MeasurementDto,
  MeasurementKind,
  MeasurementSource,
  MetricAttachmentDto,
  MetricDefinitionDto,
  MetricDirection,
  MetricFamily,
  MetricHealth,
  MetricReading,
  MetricRollupDto,
  MetricTarget,
  MetricTrend,
  MetricUnit,
  PeriodKind,
  RollupDimension,
  RollupGroupDto,
  ValuePooling,
} from '@cxmap/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MetricScaleDto } from './metric-requests.dto';

export class MetricDefinitionResponseDto implements MetricDefinitionDto {
  @ApiProperty() key!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: METRIC_FAMILIES }) family!: MetricFamily;
  @ApiProperty({ enum: METRIC_UNITS }) unit!: MetricUnit;
  @ApiProperty({ type: MetricScaleDto, nullable: true }) scale!: MetricScaleDto | null;
  @ApiProperty({ enum: METRIC_DIRECTIONS }) direction!: MetricDirection;
  @ApiProperty({ enum: MEASUREMENT_KINDS }) kind!: MeasurementKind;
  @ApiProperty({ enum: VALUE_POOLINGS, nullable: true }) valuePooling!: ValuePooling | null;
  @ApiProperty({ enum: METRIC_TARGETS, isArray: true }) appliesTo!: MetricTarget[];
  @ApiProperty({ description: 'How the score is computed from the raw figures' }) computation!: string;
  @ApiProperty() builtIn!: boolean;
  @ApiProperty({ type: 'integer', minimum: 1, description: 'Send it back with a PATCH; built-in metrics never change and stay at 1' })
  version!: number;
}

export class MetricReadingResponseDto implements MetricReading {
  @ApiProperty({ enum: PERIOD_KINDS }) period!: PeriodKind;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty({ type: Number, nullable: true }) score!: number | null;
  @ApiProperty({ type: Number, nullable: true }) sampleSize!: number | null;
  @ApiProperty({ description: 'n < 30' }) smallSample!: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'Score of the period just before' }) previousScore!: number | null;
  @ApiProperty({ enum: METRIC_TRENDS, nullable: true }) trend!: MetricTrend | null;
}

export class MetricAttachmentResponseDto implements MetricAttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) journeyId!: string;
  @ApiProperty() metric!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) touchpointId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) linkId!: string | null;
  @ApiProperty() target!: number;
  @ApiProperty() warning!: number;
  @ApiProperty() isKey!: boolean;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ enum: METRIC_HEALTHS, description: 'Of the latest period with data' }) health!: MetricHealth;
  @ApiProperty({ type: MetricReadingResponseDto, nullable: true }) latest!: MetricReadingResponseDto | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class MeasurementBatchResponseDto implements MeasurementBatchResponse {
  @ApiProperty({ type: 'integer' }) inserted!: number;
  @ApiProperty({ type: 'integer', description: 'Rows that replaced a stored one with the same key' }) updated!: number;
}

export class MeasurementResponseDto implements MeasurementDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) attachmentId!: string;
  @ApiProperty({ enum: PERIOD_KINDS }) period!: PeriodKind;
  @ApiProperty({ format: 'date' }) periodStart!: string;
  @ApiProperty() dimension!: string;
  @ApiProperty({ enum: MEASUREMENT_SOURCES }) source!: MeasurementSource;
  @ApiPropertyOptional({ type: 'integer' }) promoters?: number;
  @ApiPropertyOptional({ type: 'integer' }) passives?: number;
  @ApiPropertyOptional({ type: 'integer' }) detractors?: number;
  @ApiPropertyOptional({ type: 'array', items: { type: 'integer' } }) ratings?: number[];
  @ApiPropertyOptional() mean?: number;
  @ApiPropertyOptional({ type: 'integer' }) count?: number;
  @ApiPropertyOptional() numerator?: number;
  @ApiPropertyOptional() denominator?: number;
  @ApiPropertyOptional() value?: number;
  @ApiProperty({ type: Number, nullable: true }) score!: number | null;
  @ApiProperty({ type: Number, nullable: true }) sampleSize!: number | null;
  @ApiProperty() smallSample!: boolean;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class DateRangeResponseDto implements DateRange {
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
}

export class RollupGroupResponseDto implements RollupGroupDto {
  @ApiProperty({ type: String, nullable: true }) key!: string | null;
  @ApiProperty() label!: string;
  @ApiProperty({ type: Number, nullable: true }) score!: number | null;
  @ApiProperty({ type: Number, nullable: true }) sampleSize!: number | null;
  @ApiProperty() smallSample!: boolean;
  @ApiProperty({ type: 'integer' }) rows!: number;
  @ApiProperty({ type: Number, nullable: true }) previousScore!: number | null;
  @ApiProperty({ type: Number, nullable: true }) previousSampleSize!: number | null;
  @ApiProperty({ enum: METRIC_TRENDS, nullable: true }) trend!: MetricTrend | null;
}

export class MetricRollupResponseDto implements MetricRollupDto {
  @ApiProperty() metric!: string;
  @ApiProperty({ enum: ROLLUP_DIMENSIONS }) by!: RollupDimension;
  @ApiProperty({ enum: PERIOD_KINDS }) period!: PeriodKind;
  @ApiProperty({ type: DateRangeResponseDto }) range!: DateRangeResponseDto;
  @ApiProperty({ type: DateRangeResponseDto }) previousRange!: DateRangeResponseDto;
  @ApiProperty({ type: RollupGroupResponseDto }) total!: RollupGroupResponseDto;
  @ApiProperty({ type: [RollupGroupResponseDto] }) groups!: RollupGroupResponseDto[];
}

export class MeasurementCsvFieldErrorDto {
  @ApiProperty({ description: 'The CSV column (`period_start`, `rating_3`…), or `line`' }) field!: string;
  @ApiProperty() message!: string;
}

export class MeasurementCsvLineResponseDto implements MeasurementCsvLineDto {
  @ApiProperty({ type: 'integer', description: '1-based line of the file; the header is line 1' }) line!: number;
  @ApiProperty({ enum: ['ok', 'error'] }) status!: 'ok' | 'error';
  @ApiProperty({ type: [MeasurementCsvFieldErrorDto] }) errors!: MeasurementCsvFieldErrorDto[];
  @ApiProperty({ type: 'string', nullable: true, description: 'The touchpoint title, or `Source -> Target`' }) target!: string | null;
  @ApiProperty({ enum: METRIC_TARGETS, nullable: true }) on!: MetricTarget | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) attachmentId!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) metric!: string | null;
  @ApiProperty() period!: string;
  @ApiProperty() periodStart!: string;
  @ApiProperty() dimension!: string;
  @ApiProperty({ type: 'number', nullable: true }) score!: number | null;
  @ApiProperty({ type: 'number', nullable: true }) sampleSize!: number | null;
  @ApiProperty() smallSample!: boolean;
  @ApiProperty({ description: 'The line replaces a stored measurement with the same key' }) replaces!: boolean;
}

export class MeasurementCsvResponseDto implements MeasurementCsvResponse {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ type: [MeasurementCsvLineResponseDto] }) lines!: MeasurementCsvLineResponseDto[];
  @ApiProperty({ type: [String], description: 'Problems of the whole file (header, columns)' }) fileErrors!: string[];
  @ApiProperty({ type: 'integer' }) ok!: number;
  @ApiProperty({ type: 'integer' }) failed!: number;
  @ApiProperty({ type: 'integer', description: 'New measurements (would be) written' }) inserted!: number;
  @ApiProperty({ type: 'integer', description: 'Stored measurements (would be) replaced' }) updated!: number;
}
