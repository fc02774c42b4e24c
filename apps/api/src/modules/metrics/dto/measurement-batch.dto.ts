import { CSAT_RATINGS, FIGURE_COUNT_MAX, FIGURE_VALUE_MAX, LIMITS, MEASUREMENT_SOURCES, METRIC_KEY_MAX, METRIC_LIMITS, PERIOD_KINDS } from '@cxmap/domain';
import type { MeasurementBatchRequest, MeasurementCsvRequest, MeasurementRowRequest, MeasurementSource, PeriodKind } from '@cxmap/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { IsOptionalNotNull } from '../../../core/validation/optional';
import { DATE_PATTERN } from '../../../core/validation/date-range';

/** Two titles and an arrow. */
const LINK_NAME_MAX = 2 * LIMITS.titleMax + 10;

const finite = { allowNaN: false, allowInfinity: false } as const;
const COUNT = { type: 'integer', minimum: 0, maximum: FIGURE_COUNT_MAX } as const;
const AMOUNT = { type: 'number', minimum: 0, maximum: FIGURE_VALUE_MAX } as const;

/**
 * One row: types here; which figures the row must carry, and their ranges, depend on the attached
 * metric and are checked afterwards (checkFigures in @cxmap/domain).
 */
export class MeasurementRowDto implements MeasurementRowRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'The metric attachment; or name the target by `touchpoint` or `link` with `metric`' })
  @IsOptionalNotNull()
  @IsUUID()
  attachmentId?: string;

  @ApiPropertyOptional({ maxLength: LIMITS.titleMax, description: 'A touchpoint title, unique in the journey (case and spaces aside), with `metric`' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(LIMITS.titleMax)
  touchpoint?: string;

  @ApiPropertyOptional({ maxLength: LINK_NAME_MAX, description: 'A link as `Source title -> Target title`, with `metric`' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(LINK_NAME_MAX)
  link?: string;

  @ApiPropertyOptional({ maxLength: METRIC_KEY_MAX, description: 'The metric key (`csat`); required with `touchpoint` or `link`' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(METRIC_KEY_MAX)
  metric?: string;

  @ApiProperty({ enum: PERIOD_KINDS })
  @IsIn(PERIOD_KINDS)
  period!: PeriodKind;

  @ApiProperty({ format: 'date', description: 'A week starts on Monday, a month on the 1st' })
  @IsString()
  @Matches(DATE_PATTERN, { message: 'periodStart must be a date, YYYY-MM-DD' })
  periodStart!: string;

  @ApiPropertyOptional({ maxLength: METRIC_LIMITS.dimensionMax, description: "A disjoint slice, e.g. `region=north`; default ''" })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(METRIC_LIMITS.dimensionMax)
  dimension?: string;

  @ApiPropertyOptional({ enum: MEASUREMENT_SOURCES, description: 'Default `api`' })
  @IsOptionalNotNull()
  @IsIn(MEASUREMENT_SOURCES)
  source?: MeasurementSource;

  @ApiPropertyOptional({ ...COUNT, description: 'nps: answers 9–10' }) @IsOptionalNotNull() @IsInt() promoters?: number;
  @ApiPropertyOptional({ ...COUNT, description: 'nps: answers 7–8' }) @IsOptionalNotNull() @IsInt() passives?: number;
  @ApiPropertyOptional({ ...COUNT, description: 'nps: answers 0–6' }) @IsOptionalNotNull() @IsInt() detractors?: number;

  @ApiPropertyOptional({ type: 'array', items: COUNT, minItems: CSAT_RATINGS, maxItems: CSAT_RATINGS, description: 'csat: answers per rating 1…5' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(CSAT_RATINGS)
  @IsInt({ each: true })
  ratings?: number[];

  @ApiPropertyOptional({ ...AMOUNT, description: 'mean: the mean' }) @IsOptionalNotNull() @IsNumber(finite) mean?: number;
  @ApiPropertyOptional({ ...COUNT, description: 'mean: observations behind it' }) @IsOptionalNotNull() @IsInt() count?: number;
  @ApiPropertyOptional({ ...AMOUNT, description: 'ratio: part (an integer for shares)' })
  @IsOptionalNotNull()
  @IsNumber(finite)
  numerator?: number;

  @ApiPropertyOptional({ ...AMOUNT, description: 'ratio: whole, > 0 (an integer for shares)' })
  @IsOptionalNotNull()
  @IsNumber(finite)
  denominator?: number;

  @ApiPropertyOptional({ ...AMOUNT, description: 'value: the figure' }) @IsOptionalNotNull() @IsNumber(finite) value?: number;

  @ApiPropertyOptional({ ...COUNT, description: 'Only for value metrics and plain (non-percent) ratios; the others derive it' })
  @IsOptionalNotNull()
  @IsInt()
  sampleSize?: number;
}

export class MeasurementBatchDto implements MeasurementBatchRequest {
  @ApiProperty({
    type: [MeasurementRowDto],
    maxItems: METRIC_LIMITS.measurementsPerBatchMax,
    description:
      `All or nothing; at most ${METRIC_LIMITS.measurementsPerBatchMax} rows (413 above). A row with the same ` +
      '(target, metric, period, periodStart, dimension) as a stored one replaces it.',
  })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MeasurementRowDto)
  rows!: MeasurementRowDto[];
}

export class MeasurementCsvDto implements MeasurementCsvRequest {
  @ApiProperty({
    minLength: 1,
    maxLength: METRIC_LIMITS.measurementCsvMax,
    description: `The CSV file as text: a header line, then at most ${METRIC_LIMITS.measurementsPerBatchMax} data lines (413 above); see the README`,
  })
  @IsString()
  @MinLength(1)
  @MaxLength(METRIC_LIMITS.measurementCsvMax)
  csv!: string;
}

export class MeasurementCsvQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`true`: check and preview, write nothing. Default `false`: apply' })
  @IsOptionalNotNull()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}
