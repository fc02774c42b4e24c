import { Injectable } from '@nestjs/common';
import type { JourneyEventMessage } from '@cxmap/domain';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { SessionLookup } from '../../core/auth/session-lookup';
import { ShutdownState } from '../../core/http/shutdown-state';
import { ShareLinksService } from '../share-links/share-links.service';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import { JourneyEventBus } from './journey-event-bus';
import type { JourneyChange } from './journey-event';
import type { EventStreamOptions } from './event-stream';

/** Who a stream is for: its checks and how its events are marked. */
export type StreamSubscriber = { kind: 'member'; actor: Actor } | { kind: 'share-link'; token: string };

/**
 * Streams of journey changes: checks access once before the stream opens (404/403 like any read)
 * and again at every heartbeat, and shapes each change for its subscriber.
 */
@Injectable()
export class JourneyEventsService {
  constructor(
    private readonly access: WorkspaceAccessService,
    private readonly shareLinks: ShareLinksService,
    private readonly bus: JourneyEventBus,
    private readonly shutdown: ShutdownState,
    private readonly sessions: SessionLookup,
  ) {}

  async forMember(actor: Actor, journeyId: string): Promise<EventStreamOptions> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:read');
    return this.stream(scope, { kind: 'member', actor }, async () => {
      // Signed out or session revoked: the stream ends like any request of that session would fail.
      if (!(await this.sessions.isActive(actor.sessionId))) throw new AppError('UNAUTHENTICATED');
      await this.access.forJourney(actor, journeyId, 'journey:read');
    });
  }

  async forShareLink(token: string): Promise<EventStreamOptions> {
    const scope = await this.shareLinks.scopeOf(token);
    // Heartbeats check the link without stamping its "last opened" (an idle open tab is not a visit).
    return this.stream(scope, { kind: 'share-link', token }, () => this.shareLinks.checkActive(token));
  }

  private stream(scope: { workspaceId: string; journeyId: string }, subscriber: StreamSubscriber, check: () => Promise<unknown>): EventStreamOptions {
    if (this.shutdown.shuttingDown) throw new AppError('SHUTTING_DOWN');
    return {
      subscribe: (send) => this.bus.subscribe(scope.workspaceId, scope.journeyId, (change) => send(toMessage(change, subscriber))),
      stillAllowed: async () => {
        try {
          await check();
          return true;
        } catch (error) {
          if (error instanceof AppError && isGone(error)) return false;
          throw error;
        }
      },
      onForcedEnd: (end) => {
        const removeShutdown = this.shutdown.onBegin(end);
        const removeResync = this.bus.onResync(end);
        return () => {
          removeShutdown();
          removeResync();
        };
      },
    };
  }
}

function isGone(error: AppError): boolean {
  return ['JOURNEY_NOT_FOUND', 'SHARE_LINK_NOT_FOUND', 'FORBIDDEN', 'WORKSPACE_NOT_FOUND', 'UNAUTHENTICATED'].includes(error.code);
}

/** A change as its subscriber sees it: no workspace or session ids, only whether it was their own session's. */
export function toMessage(change: JourneyChange, subscriber: StreamSubscriber): JourneyEventMessage {
  const own = subscriber.kind === 'member' && change.actorSessionId !== null && change.actorSessionId === subscriber.actor.sessionId;
  return { journeyId: change.journeyId, kind: change.kind, revision: change.revision, own };
}
