import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MetricAttachmentDto, MetricRollupDto } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { AttachMetricDto, RollupQueryDto, UpdateMetricAttachmentDto } from './dto/metric-requests.dto';
import { MetricAttachmentResponseDto, MetricRollupResponseDto } from './dto/metric-responses.dto';
import { MetricAttachmentsService } from './metric-attachments.service';
import { MetricRollupsService } from './metric-rollups.service';

@ApiTags('metrics')
@ApiCookieAuth()
@ApiProblemResponses(400, 401, 404, 500)
@Controller('journeys/:id/metrics')
export class MetricsController {
  constructor(
    private readonly attachments: MetricAttachmentsService,
    private readonly rollups: MetricRollupsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Metrics attached in the journey, each with its latest period’s score, sample size, trend and health' })
  @ApiOkResponse({ type: [MetricAttachmentResponseDto] })
  list(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<MetricAttachmentDto[]> {
    return this.attachments.list(actor, id);
  }

  @Get('rollup')
  @ApiOperation({
    summary: 'A metric pooled from raw figures by stage, channel, owner team, interaction type, service vs experience or journey',
    description:
      'Measurements of the given period kind (default month) whose period starts within [from, to], and the same for the ' +
      'range of equal length before it (whole months → the same number of months before). A link’s measurements count at ' +
      'its source touchpoint. `smallSample` marks n < 30.',
  })
  @ApiOkResponse({ type: MetricRollupResponseDto })
  rollup(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Query() query: RollupQueryDto): Promise<MetricRollupDto> {
    return this.rollups.forJourney(actor, id, query);
  }

  @Post()
  @ApiOperation({ summary: 'Attach a metric to a touchpoint or a link, with target and warning threshold' })
  @ApiCreatedResponse({ type: MetricAttachmentResponseDto })
  @ApiProblemResponses(
    403,
    { status: 404, description: 'Journey, touchpoint, link or metric not found' },
    { status: 409, description: 'The metric is already attached there (METRIC_ALREADY_ATTACHED)' },
    413,
    415,
    { status: 422, description: 'The metric does not apply to this kind of element (METRIC_NOT_FOR_TARGET), or the journey has its cap of attached metrics (TOO_MANY_METRIC_ATTACHMENTS)' },
  )
  attach(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() body: AttachMetricDto): Promise<MetricAttachmentDto> {
    return this.attachments.attach(actor, id, body);
  }

  @Patch(':attachmentId')
  @ApiOperation({ summary: 'Change target, warning threshold or key flag; `version` must be the one you read' })
  @ApiOkResponse({ type: MetricAttachmentResponseDto })
  @ApiProblemResponses(403, { status: 409, description: 'The attachment changed meanwhile (VERSION_CONFLICT)' }, 413, 415)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('attachmentId', UuidParamPipe) attachmentId: string,
    @Body() body: UpdateMetricAttachmentDto,
  ): Promise<MetricAttachmentDto> {
    return this.attachments.update(actor, id, attachmentId, body);
  }

  @Delete(':attachmentId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Detach a metric; its measurements go with it' })
  @ApiNoContentResponse()
  @ApiProblemResponses(403)
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('attachmentId', UuidParamPipe) attachmentId: string,
  ): Promise<void> {
    return this.attachments.remove(actor, id, attachmentId);
  }
}
