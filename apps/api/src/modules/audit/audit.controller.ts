import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuditFiltersResponse, AuditPage } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { AuditQueryDto } from './dto/audit-query.dto';
import { AuditFiltersResponseDto, AuditPageResponseDto } from './dto/audit-responses.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@ApiCookieAuth()
@ApiProblemResponses(400, 401, 403, 404, 500)
@Controller('workspaces/:workspaceId/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: 'The workspace’s audit log, newest first, a page at a time (owners)' })
  @ApiOkResponse({ type: AuditPageResponseDto })
  page(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Query() query: AuditQueryDto,
  ): Promise<AuditPage> {
    return this.audit.page(actor, workspaceId, query);
  }

  @Get('filters')
  @ApiOperation({
    summary: 'People, API keys and journeys that appear in the audit log, former members, revoked keys and deleted journeys included (owners)',
  })
  @ApiOkResponse({ type: AuditFiltersResponseDto })
  filters(@CurrentActor() actor: Actor, @Param('workspaceId', UuidParamPipe) workspaceId: string): Promise<AuditFiltersResponse> {
    return this.audit.filters(actor, workspaceId);
  }
}
