import {
  JOURNEY_STATES,
  JOURNEY_STATUSES,
  METRIC_HEALTHS,
  METRIC_TRENDS,
  type JourneyState,
  type JourneyStatus,
  type MetricHealth,
  type MetricTrend,
} from '@cxmap/domain';
import type { HealthCounts, PortfolioJourney, PortfolioReport, SeverityCounts } from '@cxmap/reports';
import { ApiProperty } from '@nestjs/swagger';
import { DateRangeResponseDto } from '../../metrics/dto/metric-responses.dto';

export class HealthCountsResponseDto implements HealthCounts {
  @ApiProperty({ type: 'integer', description: 'Key metrics on target' }) on_target!: number;
  @ApiProperty({ type: 'integer' }) at_risk!: number;
  @ApiProperty({ type: 'integer' }) off_target!: number;
  @ApiProperty({ type: 'integer', description: 'Key metrics without a measurement in the range' }) no_data!: number;
}

export class SeverityCountsResponseDto implements SeverityCounts {
  @ApiProperty({ type: 'integer' }) low!: number;
  @ApiProperty({ type: 'integer' }) medium!: number;
  @ApiProperty({ type: 'integer' }) high!: number;
  @ApiProperty({ type: 'integer' }) critical!: number;
}

export class PortfolioJourneyResponseDto implements PortfolioJourney {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: JOURNEY_STATES }) state!: JourneyState;
  @ApiProperty({ enum: JOURNEY_STATUSES }) status!: JourneyStatus;
  @ApiProperty({ type: 'integer' }) stageCount!: number;
  @ApiProperty({ type: 'integer' }) touchpointCount!: number;
  @ApiProperty({ type: HealthCountsResponseDto, description: 'Key metrics of its touchpoints by health, each from its latest period in the range' })
  health!: HealthCountsResponseDto;
  @ApiProperty({ enum: METRIC_HEALTHS, description: 'no_data without readings; else the worst health among its key metrics' })
  overallHealth!: MetricHealth;
  @ApiProperty({ type: SeverityCountsResponseDto, description: 'Open and in-progress pain points by severity' })
  openPains!: SeverityCountsResponseDto;
  @ApiProperty({ enum: METRIC_TRENDS, nullable: true, description: 'Share of key metrics on target against the previous range; null when either has no reading' })
  trend!: MetricTrend | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

class PortfolioWorkspaceResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

class PortfolioTotalsResponseDto {
  @ApiProperty({ type: 'integer' }) journeys!: number;
  @ApiProperty({ type: 'integer' }) touchpoints!: number;
  @ApiProperty({ type: HealthCountsResponseDto }) health!: HealthCountsResponseDto;
  @ApiProperty({ type: SeverityCountsResponseDto }) openPains!: SeverityCountsResponseDto;
}

export class PortfolioResponseDto implements PortfolioReport {
  @ApiProperty({ format: 'date-time' }) generatedAt!: string;
  @ApiProperty({ type: DateRangeResponseDto }) range!: DateRangeResponseDto;
  @ApiProperty({ type: PortfolioWorkspaceResponseDto }) workspace!: PortfolioWorkspaceResponseDto;
  @ApiProperty({ type: [PortfolioJourneyResponseDto] }) journeys!: PortfolioJourneyResponseDto[];
  @ApiProperty({ type: PortfolioTotalsResponseDto }) totals!: PortfolioTotalsResponseDto;
}
