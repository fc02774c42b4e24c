import type { JourneyGraphOf, JourneyInfoDto } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { postChanges } from '../../api/graph';
import { describeError, isApiError } from '../../api/problem';
import { JourneyEditor, type EditorSnapshot } from './journey-editor';
import { conflictNotice, failureNotice } from './save-notices';

/** What the canvas draws: a journey graph, whoever reads it (a member, or a share link's holder). */
export type CanvasGraph = JourneyGraphOf<JourneyInfoDto>;

/**
 * One JourneyEditor per canvas, wired to the query cache: optimistic graphs are written into the
 * entry under `queryKey` (the query the graph came from), and a graph fetched from the server (first load, refetch after a
 * 409 or on focus) is handed back to the editor, which replays unsaved edits on top.
 */
export function useJourneyEditor(graph: CanvasGraph, queryKey: QueryKey): { editor: JourneyEditor; state: EditorSnapshot } {
  const queryClient = useQueryClient();
  const written = useRef<CanvasGraph | undefined>(graph);
  const [editor] = useState(() => {
    const key = queryKey;
    const journeyId = graph.journey.id;
    return new JourneyEditor(graph, graph.journey.revision, {
      send: (ops) => postChanges(journeyId, ops),
      publish: (content, revision) => {
        written.current = queryClient.setQueryData<CanvasGraph>(key, (old) =>
          old
            ? {
                ...old,
                ...content,
                journey: revision === undefined ? old.journey : { ...old.journey, revision },
              }
            : old,
        );
      },
      classify: (error) => ({ conflict: isApiError(error, 409), message: describeError(error) }),
      onConflict: (_failure, discarded) => {
        void queryClient.refetchQueries({ queryKey: key }).then(() => {
          const loaded = queryClient.getQueryState(key)?.status === 'success';
          notifications.show({ color: 'yellow', autoClose: 10_000, ...conflictNotice(discarded, loaded) });
        });
      },
      onFailure: (failure, unsaved) => {
        notifications.show({ color: 'red', ...failureNotice(unsaved, failure.message) });
      },
    });
  });

  useEffect(() => {
    if (graph === written.current) return;
    written.current = graph;
    editor.reset(graph, graph.journey.revision);
  }, [graph, editor]);

  const state = useSyncExternalStore(editor.subscribe, editor.getSnapshot);
  return { editor, state };
}
