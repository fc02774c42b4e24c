import { Injectable } from '@nestjs/common';
import { LIMITS, type CreatedShareLinkResponse, type ShareLinkDto, type SharedJourneyResponse } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { hashSecretToken, newSecretToken } from '../../core/auth/secret-token';
import { AppError } from '../../core/errors/app-error';
import { auditActorOf } from '../audit/audit-actor';
import { auditEntries } from '../audit/audit-entries';
import { AuditRecorder } from '../audit/audit-recorder';
import { JourneysService } from '../journeys/journeys.service';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import type { CreateShareLinkDto } from './dto/share-link-requests.dto';
import { toAuditedShareLink, toCreatedShareLink, toShareLinkDto, toSharedJourney } from './share-link-rows';
import { ShareLinksRepository } from './share-links.repository';

/** One answer for every link that does not open a journey, so a holder learns nothing about why. */
function linkNotFound(): AppError {
  return new AppError('SHARE_LINK_NOT_FOUND', {
    detail: 'The link may have expired or been revoked. Ask the person who shared it for a new one.',
  });
}

/**
 * Read-only share links: members allowed to share a journey create, list and revoke them; whoever
 * holds a link's token reads that one journey, and nothing else of the workspace.
 */
@Injectable()
export class ShareLinksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly links: ShareLinksRepository,
    private readonly journeys: JourneysService,
    private readonly audit: AuditRecorder,
  ) {}

  /** At most `LIMITS.activeShareLinksPerJourneyMax` active links per journey, so their list stays one bounded answer. */
  async create(actor: Actor, journeyId: string, request: CreateShareLinkDto): Promise<CreatedShareLinkResponse> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:share');
    const { token, hash } = newSecretToken();
    const max = LIMITS.activeShareLinksPerJourneyMax;
    const row = await this.dataSource.transaction(async (manager) => {
      const active = await this.links.lockAndCountActive(manager, scope.workspaceId, journeyId);
      if (active === null) throw new AppError('JOURNEY_NOT_FOUND');
      if (active >= max) {
        throw new AppError('TOO_MANY_SHARE_LINKS', { detail: `A journey has at most ${max} active share links; revoke one you no longer need first.` });
      }
      const created = await this.links.insert(manager, scope.workspaceId, {
        journeyId,
        tokenHash: hash,
        label: request.label ? request.label : null,
        allowExport: request.allowExport ?? false,
        expiresAt: request.expiresAt ? new Date(request.expiresAt) : null,
        createdBy: actor.userId,
      });
      await this.audit.recordOnJourney(manager, {
        workspaceId: scope.workspaceId,
        journeyId,
        actor: auditActorOf(actor),
        ...auditEntries.shareLinkCreated(toAuditedShareLink(created)),
      });
      return created;
    });
    return toCreatedShareLink(row, token);
  }

  async listActive(actor: Actor, journeyId: string): Promise<ShareLinkDto[]> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:share');
    return (await this.links.listActive(scope.workspaceId, journeyId)).map(toShareLinkDto);
  }

  async revoke(actor: Actor, journeyId: string, linkId: string): Promise<void> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:share');
    await this.dataSource.transaction(async (manager) => {
      const revoked = await this.links.revoke(manager, scope.workspaceId, journeyId, linkId);
      if (!revoked) throw new AppError('SHARE_LINK_NOT_FOUND');
      await this.audit.recordOnJourney(manager, {
        workspaceId: scope.workspaceId,
        journeyId,
        actor: auditActorOf(actor),
        ...auditEntries.shareLinkRevoked(toAuditedShareLink(revoked)),
      });
    });
  }

  /**
   * Where an active link's token leads (for the routes that act through a link, such as exports):
   * unknown, malformed, expired and revoked tokens all answer the same 404.
   */
  async resolve(token: string): Promise<{ shareLinkId: string; workspaceId: string; journeyId: string; allowExport: boolean }> {
    const hash = hashSecretToken(token);
    const link = hash === null ? null : await this.links.open(hash);
    if (!link) throw linkNotFound();
    return { shareLinkId: link.id, workspaceId: link.workspace_id, journeyId: link.journey_id, allowExport: link.allow_export };
  }

  /** The journey an active link opens (same 404 as `resolve`). */
  async scopeOf(token: string): Promise<{ workspaceId: string; journeyId: string }> {
    const { workspaceId, journeyId } = await this.resolve(token);
    return { workspaceId, journeyId };
  }

  /** Still active (same 404 as `resolve` when not), without stamping `last_opened_at`: for checks that are no visit. */
  async checkActive(token: string): Promise<void> {
    const hash = hashSecretToken(token);
    if (hash === null || !(await this.links.isActive(hash))) throw linkNotFound();
  }

  /** Unknown, malformed, expired and revoked tokens all answer the same 404. */
  async open(token: string): Promise<SharedJourneyResponse> {
    const hash = hashSecretToken(token);
    const link = hash === null ? null : await this.links.open(hash);
    if (!link) throw linkNotFound();
    try {
      const read = await this.journeys.loadGraph({ workspaceId: link.workspace_id, journeyId: link.journey_id });
      if (read.notModified) throw new Error('a graph read without If-None-Match answered "not modified"');
      return toSharedJourney(read.graph, link);
    } catch (error) {
      // The journey was deleted between the two reads (its links go with it): the link is gone too.
      if (error instanceof AppError && error.code === 'JOURNEY_NOT_FOUND') throw linkNotFound();
      throw error;
    }
  }
}
