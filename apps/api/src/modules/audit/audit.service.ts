import { Injectable } from '@nestjs/common';
import { AUDIT_PAGE_DEFAULT, type AuditFiltersResponse, type AuditPage } from '@cxmap/domain';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import type { AuditQueryDto } from './dto/audit-query.dto';
import { toAuditEventDto } from './audit-rows';
import { AuditRepository } from './audit.repository';

/** Reading the audit log (owners). Writing it is `AuditRecorder`'s, inside each change's transaction. */
@Injectable()
export class AuditService {
  constructor(
    private readonly access: WorkspaceAccessService,
    private readonly audit: AuditRepository,
  ) {}

  async page(actor: Actor, workspaceId: string, query: AuditQueryDto): Promise<AuditPage> {
    await this.access.forWorkspace(actor, workspaceId, 'audit:read');
    if (query.actorUserId !== undefined && query.actorApiKeyId !== undefined) {
      // An event has one actor: both filters at once could only ever match nothing.
      const message = 'filter by a person or by an API key, not both';
      throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'actorUserId', message }, { path: 'actorApiKeyId', message }] });
    }
    const limit = query.limit ?? AUDIT_PAGE_DEFAULT;
    // One row more than asked tells whether another page follows, without a count.
    const rows = await this.audit.page(workspaceId, {
      journeyId: query.journeyId ?? null,
      actorUserId: query.actorUserId ?? null,
      actorApiKeyId: query.actorApiKeyId ?? null,
      before: query.cursor ?? null,
      limit: limit + 1,
    });
    const items = rows.slice(0, limit).map(toAuditEventDto);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? last.id : null };
  }

  async filters(actor: Actor, workspaceId: string): Promise<AuditFiltersResponse> {
    await this.access.forWorkspace(actor, workspaceId, 'audit:read');
    const people = await this.audit.people(workspaceId);
    const apiKeys = await this.audit.apiKeys(workspaceId);
    const journeys = await this.audit.journeys(workspaceId);
    return { people, apiKeys, journeys };
  }
}
