import { Injectable } from '@nestjs/common';
import { EXPORT_LIMITS, roleAllows, type ExportJobDto } from '@cxmap/domain';
import { REPORT_CONTENT_TYPES } from '@cxmap/reports';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { auditActorOf, SYSTEM_ACTOR, type AuditActor } from '../audit/audit-actor';
import { AuditRecorder } from '../audit/audit-recorder';
import { ShareLinksService } from '../share-links/share-links.service';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import type { CreateExportDto, CreatePortfolioExportDto } from './dto/export-requests.dto';
import { journeyExported, portfolioExported } from './export-audit';
import { ExportJobsRepository, type ExportJobRow } from './export-jobs.repository';
import { toReportOptions } from './export-options';
import { ExportRunner } from './export-runner';

export interface ExportFile {
  bytes: Buffer;
  fileName: string;
  contentType: string;
}

interface Origin {
  workspaceId: string;
  /** Null: the workspace's portfolio. */
  journeyId: string | null;
  shareLinkId: string | null;
  createdBy: string | null;
  actor: AuditActor;
}

const STALE_ERROR = 'The export stopped before it finished (its server restarted). Start it again.';

export function toExportJobDto(row: ExportJobRow): ExportJobDto {
  return {
    id: row.id,
    journeyId: row.journey_id,
    format: row.format,
    status: row.stale ? 'failed' : row.status,
    progress: row.progress,
    error: row.stale ? STALE_ERROR : row.error,
    fileName: row.status === 'done' ? row.file_name : null,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: new Date(row.expires_at).toISOString(),
  };
}

/**
 * Report exports: a member who may export a journey, or the holder of a share link that allows
 * exports, starts a job (202) and polls it; the finished file is served from the job row.
 */
@Injectable()
export class ExportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly shareLinks: ShareLinksService,
    private readonly jobs: ExportJobsRepository,
    private readonly runner: ExportRunner,
    private readonly audit: AuditRecorder,
  ) {}

  async createForMember(actor: Actor, journeyId: string, request: CreateExportDto): Promise<ExportJobDto> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:export');
    return this.create({ workspaceId: scope.workspaceId, journeyId, shareLinkId: null, createdBy: actor.userId, actor: auditActorOf(actor) }, request);
  }

  /** The workspace's portfolio as a PDF: every member who may export a journey may export it. */
  async createForWorkspace(actor: Actor, workspaceId: string, request: CreatePortfolioExportDto): Promise<ExportJobDto> {
    await this.access.forWorkspace(actor, workspaceId, 'journey:export');
    return this.create({ workspaceId, journeyId: null, shareLinkId: null, createdBy: actor.userId, actor: auditActorOf(actor) }, { format: request.format, ...pickRange(request) });
  }

  /** A link's holder gets the map, metrics and annotations without comments, replies or anyone's name (see forShareLinkAudience). */
  async createForLink(token: string, request: CreateExportDto): Promise<ExportJobDto> {
    const link = await this.linkAllowingExport(token);
    return this.create(
      { workspaceId: link.workspaceId, journeyId: link.journeyId, shareLinkId: link.shareLinkId, createdBy: null, actor: SYSTEM_ACTOR },
      { ...request, includeComments: false, ...(request.sections ? { sections: request.sections.filter((s) => s !== 'comments') } : {}) },
    );
  }

  async statusForMember(actor: Actor, jobId: string): Promise<ExportJobDto> {
    return toExportJobDto(await this.memberJob(actor, jobId));
  }

  async fileForMember(actor: Actor, jobId: string): Promise<ExportFile> {
    return this.file(await this.memberJob(actor, jobId));
  }

  async statusForLink(token: string, jobId: string): Promise<ExportJobDto> {
    return toExportJobDto(await this.linkJob(token, jobId));
  }

  async fileForLink(token: string, jobId: string): Promise<ExportFile> {
    return this.file(await this.linkJob(token, jobId));
  }

  private async create(origin: Origin, request: CreateExportDto): Promise<ExportJobDto> {
    const options = toReportOptions(request);
    const max = origin.shareLinkId === null ? EXPORT_LIMITS.activePerWorkspaceMax : EXPORT_LIMITS.activePerShareLinkMax;
    const row = await this.dataSource.transaction(async (manager) => {
      if ((await this.jobs.pruneAndCountActive(manager, origin.workspaceId, origin.shareLinkId)) >= max) {
        const who = origin.shareLinkId === null ? `A workspace makes at most ${max} exports` : `A share link makes at most ${max} export`;
        throw new AppError('TOO_MANY_EXPORTS', { detail: `${who} at a time; wait for one to finish.` });
      }
      const created = await this.jobs.insert(manager, origin.workspaceId, {
        journeyId: origin.journeyId,
        shareLinkId: origin.shareLinkId,
        format: request.format,
        options,
        createdBy: origin.createdBy,
      });
      if (origin.journeyId === null) {
        await this.audit.record(manager, { workspaceId: origin.workspaceId, actor: origin.actor, ...portfolioExported(options.range) });
      } else {
        await this.audit.recordOnJourney(manager, {
          workspaceId: origin.workspaceId,
          journeyId: origin.journeyId,
          actor: origin.actor,
          ...journeyExported(request.format, options.sections, origin.shareLinkId),
        });
      }
      return created;
    });
    this.runner.start({
      workspaceId: origin.workspaceId,
      id: row.id,
      journeyId: origin.journeyId,
      format: request.format,
      options,
      audience: origin.shareLinkId === null ? 'members' : 'share-link',
    });
    return toExportJobDto(row);
  }

  private async memberJob(actor: Actor, jobId: string): Promise<ExportJobRow> {
    const row = await this.jobs.findForMember(jobId, actor.userId);
    if (!row) throw new AppError('EXPORT_NOT_FOUND');
    if (!roleAllows(row.role, 'journey:export')) throw new AppError('FORBIDDEN');
    return row;
  }

  private async linkJob(token: string, jobId: string): Promise<ExportJobRow> {
    const link = await this.linkAllowingExport(token);
    const row = await this.jobs.findForLink(jobId, link.workspaceId, link.shareLinkId);
    if (!row) throw new AppError('EXPORT_NOT_FOUND');
    return row;
  }

  private async linkAllowingExport(token: string): Promise<Awaited<ReturnType<ShareLinksService['resolve']>>> {
    const link = await this.shareLinks.resolve(token);
    if (!link.allowExport) throw new AppError('EXPORT_NOT_ALLOWED', { detail: 'Ask the person who shared this journey for a link that allows exports.' });
    return link;
  }

  private async file(row: ExportJobRow): Promise<ExportFile> {
    if (row.status !== 'done' || row.file_name === null) {
      throw new AppError('EXPORT_NOT_READY', { detail: row.status === 'failed' || row.stale ? 'The export failed; start a new one.' : 'Poll the job until its status is done.' });
    }
    const bytes = await this.jobs.readResult(row.workspace_id, row.id);
    if (!bytes) throw new AppError('EXPORT_NOT_FOUND');
    return { bytes, fileName: row.file_name, contentType: REPORT_CONTENT_TYPES[row.format] };
  }
}

function pickRange(request: { from?: string; to?: string }): { from?: string; to?: string } {
  return { ...(request.from === undefined ? {} : { from: request.from }), ...(request.to === undefined ? {} : { to: request.to }) };
}
