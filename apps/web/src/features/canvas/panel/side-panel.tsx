import { sortedStages, type GraphContent } from '@cxmap/journey-format';
import { CloseButton } from '@mantine/core';
import { useMemo } from 'react';
import classes from '../canvas.module.css';
import type { PanelTarget } from '../selection';
import type { CanvasActions } from '../use-canvas-actions';
import { LinkPanel } from './link-panel';
import { StagePanel } from './stage-panel';
import { TouchpointPanel } from './touchpoint-panel';

interface SidePanelProps {
  graph: GraphContent;
  target: PanelTarget;
  actions: CanvasActions;
  /** Shows the details with every field disabled and no delete button. */
  readOnly: boolean;
  onClose: () => void;
}

/** Edits the one selected touchpoint, link or stage. Keyed by entity so drafts never leak across. */
export function SidePanel({ graph, target, actions, readOnly, onClose }: SidePanelProps) {
  const stages = useMemo(() => sortedStages(graph.stages), [graph.stages]);
  let content = null;
  if (target.kind === 'touchpoint') {
    const tp = graph.touchpoints.find((t) => t.id === target.id);
    if (tp) {
      content = (
        <TouchpointPanel
          key={tp.id}
          touchpoint={tp}
          stages={stages}
          readOnly={readOnly}
          onChange={actions.updateTouchpoint}
          onDelete={(id) => actions.deleteElements([id], [])}
        />
      );
    }
  } else if (target.kind === 'link') {
    const link = graph.links.find((l) => l.id === target.id);
    if (link) {
      const title = (id: string): string => graph.touchpoints.find((t) => t.id === id)?.title ?? '?';
      content = (
        <LinkPanel
          key={link.id}
          link={link}
          sourceTitle={title(link.sourceId)}
          targetTitle={title(link.targetId)}
          readOnly={readOnly}
          onChange={actions.updateLink}
          onDelete={(id) => actions.deleteElements([], [id])}
        />
      );
    }
  } else {
    const stage = stages.find((s) => s.id === target.id);
    if (stage) content = (
        <StagePanel key={stage.id} stage={stage} readOnly={readOnly} onChange={actions.updateStage} onDelete={actions.confirmDeleteStage} />
      );
  }
  if (!content) return null;
  return (
    <aside className={classes.panel} aria-label="Details">
      <CloseButton aria-label="Close details" onClick={onClose} className={classes.panelClose} />
      {content}
    </aside>
  );
}
