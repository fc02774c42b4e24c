import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { PortfolioReport } from '@cxmap/reports';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { PortfolioQueryDto } from './dto/portfolio-query.dto';
import { PortfolioResponseDto } from './dto/portfolio-response.dto';
import { PortfolioService } from './portfolio.service';

@ApiTags('portfolio')
@ApiCookieAuth()
@ApiProblemResponses(400, 401, 403, 404, 500)
@Controller('workspaces/:workspaceId/portfolio')
export class PortfolioController {
  constructor(private readonly portfolio: PortfolioService) {}

  @Get()
  @ApiOperation({
    summary: 'Every journey of the workspace with touchpoint count, key-metric health, open pain points and trend',
    description:
      'Each key metric of a touchpoint counts with its latest period inside the range; the trend compares the share of key metrics ' +
      'on target with the range of equal length before. Range: both `from` and `to` (at most 3660 days), or neither for the last twelve months.',
  })
  @ApiOkResponse({ type: PortfolioResponseDto })
  get(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Query() query: PortfolioQueryDto,
  ): Promise<PortfolioReport> {
    return this.portfolio.get(actor, workspaceId, query);
  }
}
