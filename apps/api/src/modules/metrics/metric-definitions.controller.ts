import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MetricDefinitionDto } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { CreateMetricDefinitionDto, DeleteMetricDefinitionQueryDto, UpdateMetricDefinitionDto } from './dto/metric-requests.dto';
import { MetricDefinitionResponseDto } from './dto/metric-responses.dto';
import { MetricCatalogService } from './metric-catalog.service';
import { MetricKeyParamPipe } from './metric-key-param.pipe';

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

  @Patch(':key')
  @ApiOperation({
    summary: 'Rename a custom metric, or change its description or family (editors and owners); `version` must be the one you read',
    description:
      'Key, kind, unit, scale, direction, pooling and targets never change: they say how stored raw figures become scores ' +
      'and how thresholds read. To measure differently, add a new metric. A stale `version` is a 409 naming the current one; ' +
      'nothing changes. Each successful PATCH raises the version by one.',
  })
  @ApiOkResponse({ type: MetricDefinitionResponseDto })
  @ApiProblemResponses(
    403,
    { status: 404, description: 'No custom metric with this key in the workspace (METRIC_NOT_FOUND)' },
    { status: 409, description: 'Built-in (METRIC_BUILT_IN), or it changed meanwhile: `version` is not the current one (VERSION_CONFLICT)' },
    413,
    415,
  )
  update(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Param('key', MetricKeyParamPipe) key: string,
    @Body() body: UpdateMetricDefinitionDto,
  ): Promise<MetricDefinitionDto> {
    return this.catalog.update(actor, workspaceId, key, body);
  }

  @Delete(':key')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a custom metric that is attached nowhere (editors and owners); `?version=` must be the one you read',
    description: 'A stale `version` is a 409 naming the current one; nothing is deleted (as for PATCH, which sends it in its body).',
  })
  @ApiNoContentResponse()
  @ApiProblemResponses(403, { status: 404, description: 'No custom metric with this key in the workspace (METRIC_NOT_FOUND)' }, {
    status: 409,
    description:
      'Built-in (METRIC_BUILT_IN), changed meanwhile: `version` is not the current one (VERSION_CONFLICT), ' +
      'or attached in journeys: the detail says how often and in how many (METRIC_IN_USE)',
  })
  remove(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Param('key', MetricKeyParamPipe) key: string,
    @Query() query: DeleteMetricDefinitionQueryDto,
  ): Promise<void> {
    return this.catalog.remove(actor, workspaceId, key, query.version);
  }
}
