import type { LinkData, StageData, TouchpointData } from '@cxmap/domain';
import { sortedStages } from '@cxmap/journey-format';
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useMemo } from 'react';
import { autoLayoutOps } from './auto-layout';
import type { JourneyEditor } from './journey-editor';
import { addStageOps, deleteStageOps, moveStageOps, touchpointCount } from './stage-ops';
import { addTouchpointOps, type NewTouchpoint } from './touchpoint-ops';
import { deletionToOps, randomId } from './flow-changes-to-ops';

export interface CanvasActions {
  addTouchpoint: (place: NewTouchpoint) => string;
  addStage: () => string;
  renameStage: (stageId: string, name: string) => void;
  moveStage: (stageId: string, direction: -1 | 1) => void;
  confirmDeleteStage: (stageId: string) => void;
  updateStage: (stageId: string, data: Partial<StageData>) => void;
  updateTouchpoint: (id: string, data: Partial<TouchpointData>) => void;
  updateLink: (id: string, data: Partial<LinkData>) => void;
  deleteElements: (touchpointIds: readonly string[], linkIds: readonly string[]) => void;
  autoLayout: () => void;
  undo: () => void;
  redo: () => void;
  retry: () => void;
}

/**
 * Every canvas edit as a stable callback. Each reads the editor's current graph when called
 * (never a render-time copy), builds its operations with the pure helpers, and hands them to the
 * editor as one batch.
 */
export function useCanvasActions(editor: JourneyEditor): CanvasActions {
  return useMemo(() => {
    // Versions are filled in from the confirmed server state when the batch is sent.
    const updateStage = (id: string, data: Partial<StageData>): void =>
      editor.edit([{ op: 'update', entity: 'stage', id, version: 0, data }]);
    return {
      addTouchpoint: (place) => {
        const id = randomId();
        editor.edit(addTouchpointOps(editor.current(), place, () => id));
        return id;
      },
      addStage: () => {
        const id = randomId();
        editor.edit(addStageOps(editor.current(), () => id));
        return id;
      },
      renameStage: (stageId, name) => updateStage(stageId, { name }),
      moveStage: (stageId, direction) => editor.edit(moveStageOps(editor.current().stages, stageId, direction)),
      confirmDeleteStage: (stageId) => {
        const graph = editor.current();
        const stage = sortedStages(graph.stages).find((s) => s.id === stageId);
        if (!stage) return;
        const count = touchpointCount(graph, stageId);
        modals.openConfirmModal({
          title: `Delete stage “${stage.name}”?`,
          children: (
            <Text size="sm">
              {count === 0
                ? 'The stage has no touchpoints.'
                : `Its ${count} touchpoint${count === 1 ? '' : 's'} and their links will be deleted with it.`}{' '}
              You can undo this with Ctrl+Z.
            </Text>
          ),
          labels: { confirm: count === 0 ? 'Delete stage' : `Delete stage and ${count} touchpoint${count === 1 ? '' : 's'}`, cancel: 'Cancel' },
          confirmProps: { color: 'red' },
          onConfirm: () => editor.edit(deleteStageOps(stage)),
        });
      },
      updateStage,
      updateTouchpoint: (id, data) => editor.edit([{ op: 'update', entity: 'touchpoint', id, version: 0, data }]),
      updateLink: (id, data) => editor.edit([{ op: 'update', entity: 'link', id, version: 0, data }]),
      deleteElements: (touchpointIds, linkIds) => editor.edit(deletionToOps(editor.current(), touchpointIds, linkIds)),
      autoLayout: () => editor.edit(autoLayoutOps(editor.current())),
      undo: () => editor.undo(),
      redo: () => editor.redo(),
      retry: () => editor.retry(),
    };
  }, [editor]);
}
