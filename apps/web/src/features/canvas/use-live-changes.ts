import { JOURNEY_EVENT_NAME } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { annotationKeys } from '../../api/annotations';
import { parseJourneyEvent } from '../../api/journey-events';
import { metricKeys } from '../../api/metrics';
import type { JourneyEditor } from './journey-editor';
import { planLiveChange, planReconnect, stillStaleWhenIdle, type LivePlan } from './live-changes';

const NOTICES = {
  updated: { title: 'Updated by someone else', message: 'The map now shows their latest changes.', color: 'blue', autoClose: 6000 },
  deleted: { title: 'This journey was deleted', message: 'Someone else deleted it; changes made here can no longer be saved.', color: 'red', autoClose: false },
} as const;

/**
 * Subscribes the canvas to its journey's live changes (server-sent events; the browser reconnects
 * by itself) and refetches what another user's change made stale: graph, metrics, annotations.
 * `url` null: no subscription (e.g. tests, or a page without live updates).
 */
export function useLiveChanges(url: string | null, journeyId: string, editor: JourneyEditor, graphKey: QueryKey): void {
  const queryClient = useQueryClient();
  // Query keys are rebuilt on every render: read the latest one, never reconnect for it.
  const key = useRef(graphKey);
  key.current = graphKey;

  useEffect(() => {
    if (url === null || typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(url);
    let opened = false;
    // One notice at a time: a change while one is on screen updates it in place (hiding it and showing
    // a new one left two on screen while the first faded out).
    let notice: string | null = null;
    let stopWaiting: (() => void) | null = null;
    const view = () => ({ seenRevision: editor.seenRevision(), busy: editor.busy() });
    const refetchGraph = (): void => void queryClient.invalidateQueries({ queryKey: key.current, exact: true });

    /** The revision a deferred refetch waits for (null: whatever the revision); undefined: none waiting. */
    let wanted: number | null | undefined;
    const deferGraph = (revision: number | null): void => {
      // Several changes while saving: wait for the latest revision; any unconditional one wins.
      if (wanted === undefined) wanted = revision;
      else wanted = wanted === null || revision === null ? null : Math.max(wanted, revision);
      if (stopWaiting !== null) return;
      stopWaiting = editor.subscribe(() => {
        if (editor.busy()) return;
        stopWaiting?.();
        stopWaiting = null;
        const revision = wanted ?? null;
        wanted = undefined;
        if (stillStaleWhenIdle(revision, editor.seenRevision())) refetchGraph();
      });
    };

    const run = (plan: LivePlan, revision: number | null): void => {
      for (const target of plan.refetch) {
        if (target === 'graph') refetchGraph();
        else if (target === 'metrics') void queryClient.invalidateQueries({ queryKey: metricKeys.journey(journeyId) });
        else void queryClient.invalidateQueries({ queryKey: annotationKeys.journey(journeyId) });
      }
      if (plan.deferGraph) deferGraph(revision);
      if (plan.notice) {
        const shown = NOTICES[plan.notice];
        if (notice !== null) notifications.update({ id: notice, ...shown });
        else {
          const id = notifications.show({
            ...shown,
            onClose: () => {
              if (notice === id) notice = null;
            },
          });
          notice = id;
        }
      }
    };

    source.addEventListener(JOURNEY_EVENT_NAME, (event: MessageEvent<unknown>) => {
      const message = parseJourneyEvent(event.data);
      if (message && message.journeyId === journeyId) run(planLiveChange(message, view()), message.kind === 'graph' ? message.revision : null);
    });
    source.addEventListener('open', () => {
      // The first open is the subscription itself; a later one follows a drop, and changes may have been missed.
      if (opened) run(planReconnect(view()), null);
      opened = true;
    });
    return () => {
      source.close();
      stopWaiting?.();
      if (notice !== null) notifications.hide(notice);
    };
  }, [url, journeyId, editor, queryClient]);
}
