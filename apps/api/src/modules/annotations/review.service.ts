import { Injectable } from '@nestjs/common';
import { ANNOTATION_LIMITS, parseIsoDate, type NeedsReviewResponse, type ReviewByResponse } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import { annotationAudit } from './annotation-audit';
import { AnnotationsService } from './annotations.service';
import type { SetReviewByDto } from './dto/annotation-requests.dto';
import { ReviewRepository } from './review.repository';

/**
 * Ownership and freshness: each touchpoint's review-by date, and the workspace's "needs review"
 * queue (touchpoints past their date, unresolved critical pain points nobody owns).
 *
 * The review-by date lives on the touchpoint row but is not part of the canvas op format: it is
 * not drawn, so setting it changes neither the touchpoint's version nor the journey's revision.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly review: ReviewRepository,
    private readonly annotations: AnnotationsService,
  ) {}

  async needsReview(actor: Actor, workspaceId: string): Promise<NeedsReviewResponse> {
    await this.access.forWorkspace(actor, workspaceId, 'journey:read');
    const limit = ANNOTATION_LIMITS.reviewQueueMax;
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const overdue = await this.review.overdueTouchpoints(manager, workspaceId, limit);
      const unowned = await this.review.unownedCriticalPainPoints(manager, workspaceId, limit);
      return {
        overdueTouchpoints: {
          total: overdue[0]?.total ?? 0,
          items: overdue.map((row) => ({
            journey: { id: row.journey_id, name: row.journey_name },
            stage: { id: row.stage_id, name: row.stage_name },
            touchpoint: { id: row.id, title: row.title, ownerTeam: row.owner_team },
            reviewBy: row.review_by,
            daysOverdue: row.days_overdue,
          })),
        },
        unownedCriticalPainPoints: {
          total: unowned[0]?.total ?? 0,
          items: unowned.map((row) => ({
            journey: { id: row.journey_id, name: row.journey_name },
            stage: { id: row.stage_id, name: row.stage_name },
            target: { kind: row.target_kind, id: row.target_id, name: row.target_name, ownerTeam: row.target_owner_team },
            annotation: { id: row.id, title: row.title, status: row.status, createdAt: row.created_at.toISOString(), version: row.version },
          })),
        },
      };
    });
  }

  async setReviewBy(actor: Actor, journeyId: string, touchpointId: string, request: SetReviewByDto): Promise<ReviewByResponse> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:write');
    if (request.reviewBy !== null && parseIsoDate(request.reviewBy) === null) {
      throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'reviewBy', message: 'reviewBy must be a date, YYYY-MM-DD' }] });
    }
    return this.dataSource.transaction(async (manager) => {
      const previous = await this.review.setReviewBy(manager, scope.workspaceId, journeyId, touchpointId, request.reviewBy);
      if (!previous) throw new AppError('TOUCHPOINT_NOT_FOUND');
      await this.annotations.record(manager, actor, scope, (journey) =>
        annotationAudit.reviewBySet(journey, { id: touchpointId, title: previous.title }, previous.before, request.reviewBy),
      );
      return { touchpointId, reviewBy: request.reviewBy };
    });
  }
}
