import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { METRIC_LIMITS, type MeasurementBatchResponse, type MeasurementCsvResponse, type MeasurementDto } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { AllowApiKey } from '../../core/auth/api-key.decorator';
import { CurrentCaller, type Caller } from '../../core/auth/caller';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { MeasurementBatchDto, MeasurementCsvDto, MeasurementCsvQueryDto } from './dto/measurement-batch.dto';
import { MeasurementListQueryDto } from './dto/metric-requests.dto';
import { MeasurementBatchResponseDto, MeasurementCsvResponseDto, MeasurementResponseDto } from './dto/metric-responses.dto';
import { MeasurementsService } from './measurements.service';

@ApiTags('metrics')
@ApiCookieAuth()
@ApiProblemResponses(400, 401, 404, 500)
@Controller('journeys/:id')
export class MeasurementsController {
  constructor(private readonly measurements: MeasurementsService) {}

  /**
   * The ingest route of integrations (survey tools, contact-centre platforms): members who may
   * ingest (owners, editors) and API keys with the `ingest` scope.
   */
  @Post('measurements')
  @AllowApiKey()
  @HttpCode(200)
  @ApiOperation({
    summary: `Record measurements (API keys: ingest scope), up to ${METRIC_LIMITS.measurementsPerBatchMax} rows, all or nothing; a re-sent row replaces the stored one`,
    description:
      'Each row carries the raw figures of its metric’s kind: nps → promoters, passives, detractors; csat → ratings ' +
      '(5 counts, ratings 1…5); mean → mean, count; ratio → numerator, denominator; value → value (+ sampleSize). ' +
      'The key of a row is (attachmentId, period, periodStart, dimension).',
  })
  @ApiBody({ type: MeasurementBatchDto })
  @ApiOkResponse({ type: MeasurementBatchResponseDto })
  @ApiProblemResponses(
    403,
    { status: 404, description: 'Journey, or a row’s attachment, not found; `errors` names the rows' },
    { status: 413, description: 'Body too large, or more rows than the batch limit' },
    415,
    { status: 422, description: 'The journey would hold more measurements than its cap (TOO_MANY_MEASUREMENTS); nothing is stored' },
  )
  ingest(@CurrentCaller() caller: Caller, @Param('id', UuidParamPipe) id: string, @Body() body: unknown): Promise<MeasurementBatchResponse> {
    return this.measurements.ingest(caller, id, body);
  }

  /** The same ingest from a CSV file a CX analyst fills in (README "Measurement files"). */
  @Post('measurements/csv')
  @AllowApiKey()
  @HttpCode(200)
  @ApiOperation({
    summary: `Record measurements from a CSV file (API keys: ingest scope), up to ${METRIC_LIMITS.measurementsPerBatchMax} lines; \`dryRun=true\` previews`,
    description:
      'Columns: touchpoint (title) or link (`Source -> Target`) or attachment_id; metric; period (day, week, month); period_start; ' +
      'dimension (optional); then the figures of the metric’s kind: promoters, passives, detractors (nps); rating_1 … rating_5 (csat); ' +
      'mean, count (mean); numerator, denominator (ratio); value (value); sample_size (values and plain ratios). ' +
      'A dry run answers every line with its errors, target and score, and the inserts and updates applying would make. ' +
      'Applying is all or nothing, with the same idempotent upsert as the JSON route (source `csv`).',
  })
  @ApiOkResponse({ type: MeasurementCsvResponseDto })
  @ApiProblemResponses(
    403,
    { status: 413, description: 'More data lines than the batch limit' },
    415,
    { status: 422, description: 'MEASUREMENTS_INVALID: applying, and some line has errors (or the file none): `errors` holds `{ path: "csv.<column>", line, message }` for every one; nothing is written' },
  )
  ingestCsv(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParamPipe) id: string,
    @Query() query: MeasurementCsvQueryDto,
    @Body() body: MeasurementCsvDto,
  ): Promise<MeasurementCsvResponse> {
    return this.measurements.ingestCsv(caller, id, body.csv, query.dryRun === 'true');
  }

  @Get('metrics/:attachmentId/measurements')
  @ApiOperation({ summary: 'The raw measurements of an attached metric, oldest period first, each with its score' })
  @ApiOkResponse({ type: [MeasurementResponseDto] })
  list(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('attachmentId', UuidParamPipe) attachmentId: string,
    @Query() query: MeasurementListQueryDto,
  ): Promise<MeasurementDto[]> {
    return this.measurements.list(actor, id, attachmentId, query);
  }
}
