import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MetricDefinitionDto } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { CreateMetricDefinitionDto } from './dto/metric-requests.dto';
import { MetricDefinitionResponseDto } from './dto/metric-responses.dto';
import { MetricCatalogService } from './metric-catalog.service';

@ApiTags('metrics')
@ApiCookieAuth()
@ApiProblemResponses(400, 401, 404, 500)
@Controller('workspaces/:workspaceId/metric-definitions')
export class MetricDefinitionsController {
  constructor(private readonly catalog: MetricCatalogService) {}

  @Get()
  @ApiOperation({ summary: 'The metric catalog: built-in metrics, then the workspace’s own' })
  @ApiOkResponse({ type: [MetricDefinitionResponseDto] })
  list(@CurrentActor() actor: Actor, @Param('workspaceId', UuidParamPipe) workspaceId: string): Promise<MetricDefinitionDto[]> {
    return this.catalog.list(actor, workspaceId);
  }

  @Post()
  @ApiOperation({ summary: 'Add a custom metric to the workspace catalog (editors and owners)' })
  @ApiCreatedResponse({ type: MetricDefinitionResponseDto })
  @ApiProblemResponses(403, { status: 409, description: 'The key is taken (METRIC_KEY_TAKEN)' }, 413, 415, {
    status: 422,
    description: 'The workspace holds the most custom metrics it may (TOO_MANY_METRICS)',
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Body() body: CreateMetricDefinitionDto,
  ): Promise<MetricDefinitionDto> {
    return this.catalog.create(actor, workspaceId, body);
  }
}
