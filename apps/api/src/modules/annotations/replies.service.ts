import { Injectable } from '@nestjs/common';
import { ANNOTATION_LIMITS, type AnnotationDto, type AnnotationReplyDto, type CreateReplyRequest } from '@cxmap/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import type { JourneyScope } from '../workspaces/workspace-access.service';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import { annotationAudit } from './annotation-audit';
import { toReplyDto } from './annotation-rows';
import { mayDelete } from './annotation-rules';
import { AnnotationsRepository, type WrittenAt } from './annotations.repository';
import { AnnotationsService } from './annotations.service';
import type { CreateReplyDto, UpdateReplyDto } from './dto/annotation-requests.dto';

/** Most replies one annotation takes (ANNOTATION_LIMITS.repliesPerAnnotationMax, which the CXMap document shares). */
export const REPLIES_MAX = ANNOTATION_LIMITS.repliesPerAnnotationMax;

/**
 * Replies to an annotation, one level deep (a reply answers the annotation, never another reply).
 * Reading needs `journey:read`, replying `journey:comment`; the author edits their reply, the author
 * or a workspace owner deletes it.
 */
@Injectable()
export class RepliesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly annotations: AnnotationsRepository,
    private readonly annotationsService: AnnotationsService,
  ) {}

  async list(actor: Actor, journeyId: string, annotationId: string): Promise<AnnotationReplyDto[]> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:read');
    const replies = await this.annotations.listReplies(this.dataSource.manager, scope.workspaceId, journeyId, annotationId);
    if (replies === null) throw new AppError('ANNOTATION_NOT_FOUND');
    return replies.map(toReplyDto);
  }

  async create(actor: Actor, journeyId: string, annotationId: string, request: CreateReplyDto): Promise<AnnotationReplyDto> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:comment');
    return this.dataSource.transaction(async (manager) => {
      const { annotation, reply } = await this.createWithin(manager, scope, annotationId, request, { id: actor.userId, name: actor.name });
      await this.annotationsService.record(manager, actor, scope, (journey) => annotationAudit.replied(journey, annotation, reply));
      return reply;
    });
  }

  /**
   * Replies inside the caller's transaction with the route's checks (the annotation in the journey,
   * at most REPLIES_MAX replies); records no audit event. `at`: the times of an imported reply.
   */
  async createWithin(
    manager: EntityManager,
    scope: JourneyScope,
    annotationId: string,
    request: CreateReplyRequest,
    author: { id: string | null; name: string },
    at?: WrittenAt,
  ): Promise<{ annotation: AnnotationDto; reply: AnnotationReplyDto }> {
    // Locked: concurrent replies are counted one after another, and the annotation stays until we commit.
    const annotation = await this.annotationsService.mustFind(manager, scope, annotationId, true);
    if ((await this.annotations.countReplies(manager, scope.workspaceId, annotationId)) >= REPLIES_MAX) {
      throw new AppError('TOO_MANY_REPLIES', { detail: `An annotation takes at most ${REPLIES_MAX} replies.` });
    }
    const id = await this.annotations.insertReply(manager, scope.workspaceId, {
      journeyId: scope.journeyId,
      annotationId,
      body: request.body,
      author,
      ...(at ? { at } : {}),
    });
    return { annotation, reply: await this.mustFind(manager, scope, annotationId, id) };
  }

  async update(actor: Actor, journeyId: string, annotationId: string, replyId: string, patch: UpdateReplyDto): Promise<AnnotationReplyDto> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:comment');
    return this.dataSource.transaction(async (manager) => {
      const annotation = await this.annotationsService.mustFind(manager, scope, annotationId);
      const current = await this.mustFind(manager, scope, annotationId, replyId, true);
      if (current.author.id !== actor.userId) throw new AppError('FORBIDDEN', { detail: 'Only the author may edit a reply.' });
      if (current.version !== patch.version) {
        throw new AppError('VERSION_CONFLICT', { detail: `The reply is now at version ${current.version}; reload it and try again.` });
      }
      if (!(await this.annotations.updateReply(manager, scope.workspaceId, replyId, patch.version, patch.body))) {
        throw new Error('reply changed while locked');
      }
      const updated = await this.mustFind(manager, scope, annotationId, replyId);
      await this.annotationsService.record(manager, actor, scope, (journey) => annotationAudit.replyEdited(journey, annotation, current, updated));
      return updated;
    });
  }

  async remove(actor: Actor, journeyId: string, annotationId: string, replyId: string): Promise<void> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:comment');
    await this.dataSource.transaction(async (manager) => {
      const annotation = await this.annotationsService.mustFind(manager, scope, annotationId);
      const current = await this.mustFind(manager, scope, annotationId, replyId, true);
      if (!mayDelete({ userId: actor.userId, isOwner: scope.role === 'owner' }, current.author.id)) {
        throw new AppError('FORBIDDEN', { detail: 'Only the author or a workspace owner may delete a reply.' });
      }
      await this.annotations.deleteReply(manager, scope.workspaceId, replyId);
      await this.annotationsService.record(manager, actor, scope, (journey) => annotationAudit.replyDeleted(journey, annotation, current));
    });
  }

  private async mustFind(manager: EntityManager, scope: JourneyScope, annotationId: string, replyId: string, lock = false): Promise<AnnotationReplyDto> {
    const row = await this.annotations.findReply(manager, scope.workspaceId, annotationId, replyId, lock);
    if (!row) throw new AppError('REPLY_NOT_FOUND');
    return toReplyDto(row);
  }
}
