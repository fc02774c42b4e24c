import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MetricRollupDto } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { RollupQueryDto } from './dto/metric-requests.dto';
import { MetricRollupResponseDto } from './dto/metric-responses.dto';
import { MetricRollupsService } from './metric-rollups.service';

@ApiTags('metrics')
@ApiCookieAuth()
@ApiProblemResponses(400, 401, 404, 500)
@Controller('workspaces/:workspaceId/metrics')
export class WorkspaceMetricsController {
  constructor(private readonly rollups: MetricRollupsService) {}

  @Get('rollup')
  @ApiOperation({
    summary: 'A metric pooled from raw figures over every journey of the workspace; by=journey compares journeys',
    description: 'Same parameters and pooling as GET /api/journeys/{id}/metrics/rollup.',
  })
  @ApiOkResponse({ type: MetricRollupResponseDto })
  rollup(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Query() query: RollupQueryDto,
  ): Promise<MetricRollupDto> {
    return this.rollups.forWorkspace(actor, workspaceId, query);
  }
}
