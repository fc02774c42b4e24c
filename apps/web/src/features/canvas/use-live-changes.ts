import { JOURNEY_EVENT_NAME } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { annotationKeys } from '../../api/annotations';
import { parseJourneyEvent } from '../../api/journey-events';
import { metricKeys } from '../../api/metrics';
import type { JourneyEditor } from './journey-editor';
import { planLiveChange, planReconnect, type LivePlan } from './live-changes';

const NOTICES = {
  updated: { title: 'Updated by someone else', message: 'The map now shows their latest changes.', color: 'blue', autoClose: 4000 },
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
    let stopWaiting: (() => void) | null = null;
    const view = () => ({ seenRevision: editor.seenRevision(), busy: editor.busy() });
    const refetchGraph = (): void => void queryClient.invalidateQueries({ queryKey: key.current, exact: true });

    const run = (plan: LivePlan): void => {
      for (const target of plan.refetch) {
        if (target === 'graph') refetchGraph();
        else if (target === 'metrics') void queryClient.invalidateQueries({ queryKey: metricKeys.journey(journeyId) });
        else void queryClient.invalidateQueries({ queryKey: annotationKeys.journey(journeyId) });
      }
      if (plan.deferGraph && stopWaiting === null) {
        stopWaiting = editor.subscribe(() => {
          if (editor.busy()) return;
          stopWaiting?.();
          stopWaiting = null;
          refetchGraph();
        });
      }
      if (plan.notice) notifications.show({ id: `live-${plan.notice}-${journeyId}`, ...NOTICES[plan.notice] });
    };

    source.addEventListener(JOURNEY_EVENT_NAME, (event: MessageEvent<unknown>) => {
      const message = parseJourneyEvent(event.data);
      if (message && message.journeyId === journeyId) run(planLiveChange(message, view()));
    });
    source.addEventListener('open', () => {
      // The first open is the subscription itself; a later one follows a drop, and changes may have been missed.
      if (opened) run(planReconnect(view()));
      opened = true;
    });
    return () => {
      source.close();
      stopWaiting?.();
    };
  }, [url, journeyId, editor, queryClient]);
}
