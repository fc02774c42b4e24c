import { sortedStages, type GraphContent } from '@cxmap/journey-format';
import { CloseButton, Tabs } from '@mantine/core';
import { useMemo, useState, type ReactNode } from 'react';
import classes from '../canvas.module.css';
import type { PanelTarget } from '../selection';
import type { CanvasActions } from '../use-canvas-actions';
import { AnnotationsTab } from '../annotations/annotations-tab';
import { MetricsTab } from '../metrics/metrics-tab';
import { LinkPanel } from './link-panel';
import { ReviewByField } from './review-by-field';
import { StagePanel } from './stage-panel';
import { TouchpointPanel } from './touchpoint-panel';

interface SidePanelProps {
  graph: GraphContent;
  target: PanelTarget;
  actions: CanvasActions;
  /** Shows the details with every field disabled and no delete button. */
  readOnly: boolean;
  onClose: () => void;
  /** The journey and workspace whose metrics the Metrics tab shows; null: no Metrics tab (e.g. the shared view). */
  metrics?: { journeyId: string; workspaceId: string } | null;
  /** The journey whose annotations the Annotations tab shows, and whether the user may write them; null: no tab. */
  annotations?: { journeyId: string; canComment: boolean; canModerate?: boolean } | null;
  /** The tab shown first (a link into the canvas may ask for the annotations). */
  initialTab?: string;
}

/** One tab of the touchpoint and link panel; a new tab (e.g. annotations) is one more entry in `tabsFor`. */
interface PanelTab {
  value: string;
  label: string;
  render: () => ReactNode;
}

/** Edits the one selected touchpoint, link or stage. Keyed by entity so drafts never leak across. */
export function SidePanel({ graph, target, actions, readOnly, onClose, metrics = null, annotations = null, initialTab = 'details' }: SidePanelProps) {
  const stages = useMemo(() => sortedStages(graph.stages), [graph.stages]);
  // Kept across selections: clicking from card to card stays on the tab being read.
  const [tab, setTab] = useState(initialTab);
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
          review={annotations ? <ReviewByField journeyId={annotations.journeyId} touchpointId={tp.id} canEdit={!readOnly} /> : undefined}
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
  const details = content;
  const element = target.kind === 'stage' ? null : { kind: target.kind, id: target.id };
  const tabs: PanelTab[] = [
    { value: 'details', label: 'Details', render: () => details },
    ...(metrics && element
      ? [
          {
            value: 'metrics',
            label: 'Metrics',
            render: () => (
              <MetricsTab key={element.id} journeyId={metrics.journeyId} workspaceId={metrics.workspaceId} element={element} readOnly={readOnly} />
            ),
          },
        ]
      : []),
    ...(annotations
      ? [
          {
            value: 'annotations',
            label: 'Annotations',
            render: () => (
              <AnnotationsTab
                key={target.id}
                journeyId={annotations.journeyId}
                target={{ kind: target.kind, id: target.id }}
                canComment={annotations.canComment}
                canModerate={annotations.canModerate}
              />
            ),
          },
        ]
      : []),
  ];
  return (
    <aside className={classes.panel} aria-label="Details">
      <CloseButton aria-label="Close details" onClick={onClose} className={classes.panelClose} />
      {tabs.length > 1 ? (
        <Tabs value={tabs.some((t) => t.value === tab) ? tab : 'details'} onChange={(next) => setTab(next ?? 'details')} keepMounted={false}>
          <Tabs.List className={classes.panelTabs}>
            {tabs.map((t) => (
              <Tabs.Tab key={t.value} value={t.value}>
                {t.label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {tabs.map((t) => (
            <Tabs.Panel key={t.value} value={t.value}>
              {t.render()}
            </Tabs.Panel>
          ))}
        </Tabs>
      ) : (
        content
      )}
    </aside>
  );
}
