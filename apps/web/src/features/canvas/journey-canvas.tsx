import '@xyflow/react/dist/style.css';
import type { AnnotationSeverity } from '@cxmap/domain';
import { sortedStages } from '@cxmap/journey-format';
import { ActionIcon, Button, Tooltip } from '@mantine/core';
import type { QueryKey } from '@tanstack/react-query';
import { IconChartBar, IconMaximize, IconPlus } from '@tabler/icons-react';
import {
  ConnectionLineType,
  ControlButton,
  Controls,
  MiniMap,
  Panel,
  useReactFlow,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type EdgeTypes,
  type NodeTypes,
  type OnDelete,
} from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import { CanvasPainContext, CanvasPainStore } from './annotations/canvas-pain-store';
import type { CanvasFocus } from '../../app/canvas-focus';
import { useJourneyPain } from './annotations/use-journey-pain';
import classes from './canvas.module.css';
import { CanvasBackdrop } from './canvas-backdrop';
import { CardDetailProvider } from './card-detail';
import { DashedLinkEdge } from './dashed-link-edge';
import { DraggingFlow } from './dragging-flow';
import { useFullRender } from './full-render';
import { canvasBounds, cellAtPoint, computeGeometry } from './canvas-geometry';
import { CanvasToolbar } from './canvas-toolbar';
import { connectionToOps, flowChangesToOps } from './flow-changes-to-ops';
import { journeyToFlow, type FlowElements, type LinkEdge, type TouchpointNode as TouchpointNodeType } from './journey-to-flow';
import { LinkLegend } from './link-legend';
import { CanvasMetricsContext, CanvasMetricsStore } from './metrics/canvas-metrics-store';
import { HighlightButton, HighlightCount } from './metrics/highlight-controls';
import { highlightMatches, NO_FILTER, type HighlightFilter } from './metrics/highlight-filter';
import { JourneySummaryPanel } from './metrics/journey-summary-panel';
import { linkEdgeWithMetric } from './metrics/link-metric';
import { useJourneyMetrics } from './metrics/use-journey-metrics';
import { SidePanel } from './panel/side-panel';
import { applySelectChanges, panelTarget, pruneSelection, selectionOfFocus, NO_SELECTION, type CanvasSelection } from './selection';
import { TouchpointNode } from './touchpoint-node';
import { useCanvasActions } from './use-canvas-actions';
import { useJourneyEditor, type CanvasGraph } from './use-journey-editor';
import { useLiveChanges } from './use-live-changes';
import { useUndoShortcuts } from './use-undo-shortcuts';

/** Module scope: a new object per render would make React Flow remount every node. */
const nodeTypes: NodeTypes = { touchpoint: TouchpointNode };
const edgeTypes: EdgeTypes = { dashed: DashedLinkEdge };
const DELETE_KEYS = ['Delete', 'Backspace'];
const NO_NODES: TouchpointNodeType[] = [];
const NO_EDGES: LinkEdge[] = [];
const MIN_READABLE_ZOOM = 0.6;
const MINIMAP_STYLE = { width: 180, height: 110 };

function minimapColor(node: TouchpointNodeType): string {
  return node.data.touchpoint.interaction === 'personnel' ? '#7950f2' : '#91a7ff';
}

/** The canvas toolbar's workspace-side parts. */
export interface CanvasToolbarSlot {
  /** Its "Journeys" link leads back to this workspace. */
  workspaceId: string;
  /** Buttons at the end of the toolbar (e.g. Share). */
  actions?: ReactNode;
}

export interface JourneyCanvasProps {
  journey: CanvasGraph;
  /** The key of the query `journey` came from: optimistic edits are written into that cache entry. */
  queryKey: QueryKey;
  /** Explore only: no editing control is shown, cards neither move nor link, the panel's fields are disabled. */
  readOnly?: boolean;
  /** null: the map without the toolbar, for pages that bring their own bar (the shared view). */
  toolbar: CanvasToolbarSlot | null;
  /** The workspace whose metric catalog applies: turns on badges, the Metrics tab, highlighting and the summary. */
  metricsWorkspaceId?: string | null;
  /** May annotate (journey:comment): commenters can, although the map is read-only for them. */
  canComment?: boolean;
  /** A workspace owner: deletes anyone's annotations and replies (authors delete their own). */
  canModerate?: boolean;
  /** Select and centre this element when the canvas opens, with the side panel on this tab (a link from elsewhere). */
  focus?: CanvasFocus | null;
  /** Journey-level metric actions for the journey summary (e.g. Import measurements), for members allowed them. */
  metricsActions?: ReactNode;
  /** The journey's live change stream (`journeyEventsUrl`/`shareEventsUrl`); null: no live updates. */
  eventsUrl?: string | null;
}

/** The editable journey map: wires the pure mappers and the editor to React Flow. */
export function JourneyCanvas({
  journey,
  queryKey,
  readOnly = false,
  toolbar,
  metricsWorkspaceId = null,
  canComment = false,
  canModerate = false,
  focus = null,
  metricsActions,
  eventsUrl = null,
}: JourneyCanvasProps) {
  const { editor, state } = useJourneyEditor(journey, queryKey);
  // While an image of the whole map is drawn, every card and link is mounted, not only those in view.
  const fullRender = useFullRender();
  useLiveChanges(eventsUrl, journey.journey.id, editor, queryKey);
  const graph = state.graph;
  const actions = useCanvasActions(editor);
  const { screenToFlowPosition, fitBounds, setViewport, fitView } = useReactFlow<TouchpointNodeType, LinkEdge>();
  const wrapper = useRef<HTMLDivElement>(null);

  const geometry = useMemo(() => computeGeometry(graph), [graph]);
  const previousFlow = useRef<FlowElements | undefined>(undefined);
  const flow = useMemo(() => journeyToFlow(graph, geometry, previousFlow.current), [graph, geometry]);
  useEffect(() => {
    previousFlow.current = flow;
  }, [flow]);

  const [rawSelection, setSelection] = useState<CanvasSelection>(() => selectionOfFocus(focus));
  const selection = useMemo(() => pruneSelection(rawSelection, graph), [rawSelection, graph]);

  const { badges } = useJourneyMetrics(journey.journey.id, metricsWorkspaceId);
  const [filter, setFilter] = useState<HighlightFilter>(NO_FILTER);
  const [summaryOpen, setSummaryOpen] = useState(false);
  // Annotations, like metrics, belong to a member's canvas (the workspace is known), not the shared view.
  const pain = useJourneyPain(journey.journey.id, metricsWorkspaceId !== null);
  const matches = useMemo(
    () => highlightMatches(graph.touchpoints, filter, { badges: badges.touchpoints, pain }),
    [graph.touchpoints, filter, badges, pain],
  );
  // Cards read their badge, pain marker and dimming from these stores, so none rebuilds the node array.
  const [metricsStore] = useState(() => new CanvasMetricsStore());
  useLayoutEffect(() => metricsStore.update(badges.touchpoints, matches), [metricsStore, badges, matches]);
  const [painStore] = useState(() => new CanvasPainStore());
  useLayoutEffect(() => painStore.update(pain), [painStore, pain]);

  // Positions during a drag are DraggingFlow's: a drag frame does not re-render this component.
  const nodes = useMemo(() => {
    if (selection.nodes.length === 0) return flow.nodes;
    const selected = new Set(selection.nodes);
    return flow.nodes.map((node) => (selected.has(node.id) ? { ...node, selected: true } : node));
  }, [flow.nodes, selection.nodes]);

  const edges = useMemo(() => {
    const selected = new Set(selection.edges);
    return flow.edges.map((plain) => {
      const edge = linkEdgeWithMetric(plain, badges.links.get(plain.id), matches, pain.get(plain.id));
      return selected.has(edge.id) ? { ...edge, selected: true, zIndex: 10 } : edge;
    });
  }, [flow.edges, selection.edges, badges.links, matches, pain]);

  const onNodesChange = useCallback(
    (changes: NodeChange<TouchpointNodeType>[]) => {
      const finished = changes.some((c) => c.type === 'position' && !c.dragging);
      if (finished) {
        const current = editor.current();
        editor.edit(flowChangesToOps(current, computeGeometry(current), changes));
      }
      const selects = changes.flatMap((c) => (c.type === 'select' ? [c] : []));
      if (selects.length > 0) setSelection((previous) => applySelectChanges(previous, 'nodes', selects));
    },
    [editor],
  );

  const onEdgesChange = useCallback((changes: EdgeChange<LinkEdge>[]) => {
    const selects = changes.flatMap((c) => (c.type === 'select' ? [c] : []));
    if (selects.length > 0) setSelection((previous) => applySelectChanges(previous, 'edges', selects));
  }, []);

  const onConnect = useCallback(
    (connection: Connection) => {
      const ops = connectionToOps(editor.current(), connection);
      if (ops.length === 0) return;
      editor.edit(ops);
      setSelection({ nodes: [], edges: [ops[0].id], stageId: null });
    },
    [editor],
  );

  const isValidConnection = useCallback((c: Connection | LinkEdge) => c.source !== c.target, []);

  const onDelete: OnDelete<TouchpointNodeType, LinkEdge> = useCallback(
    ({ nodes: removedNodes, edges: removedEdges }) =>
      actions.deleteElements(
        removedNodes.map((n) => n.id),
        removedEdges.map((e) => e.id),
      ),
    [actions],
  );

  const onPaneClick = useCallback(() => setSelection(NO_SELECTION), []);

  const selectStage = useCallback((stageId: string) => setSelection({ nodes: [], edges: [], stageId }), []);

  const addStage = useCallback(() => selectStage(actions.addStage()), [actions, selectStage]);

  /** Double-click on an empty spot of a column creates a card centred there. */
  const onDoubleClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (!(event.target instanceof Element) || !event.target.classList.contains('react-flow__pane')) return;
      const current = editor.current();
      const cell = cellAtPoint(computeGeometry(current), screenToFlowPosition({ x: event.clientX, y: event.clientY }));
      if (!cell) return;
      const id = actions.addTouchpoint({ stageId: cell.stageId, layer: cell.layer, position: cell.offset });
      setSelection({ nodes: [id], edges: [], stageId: null });
    },
    [actions, editor, screenToFlowPosition],
  );

  const addTouchpoint = useCallback(() => {
    const current = editor.current();
    const selectedCard = selection.nodes.length === 1 ? current.touchpoints.find((t) => t.id === selection.nodes[0]) : undefined;
    const stageId = selection.stageId ?? selectedCard?.stageId ?? sortedStages(current.stages)[0]?.id;
    if (!stageId) return;
    const id = actions.addTouchpoint({ stageId, layer: selectedCard?.layer ?? 'customer' });
    setSelection({ nodes: [id], edges: [], stageId: null });
  }, [actions, editor, selection.nodes, selection.stageId]);

  const deleteSelection = useCallback(() => {
    if (selection.nodes.length > 0 || selection.edges.length > 0) actions.deleteElements(selection.nodes, selection.edges);
    else if (selection.stageId) actions.confirmDeleteStage(selection.stageId);
  }, [actions, selection]);

  const fitMap = useCallback(() => {
    void fitBounds(canvasBounds(computeGeometry(editor.current())), { padding: 0.03, duration: 250 });
  }, [editor, fitBounds]);

  /** The cards to centre on first: the focused touchpoint, or both ends of the focused link. */
  // Read once, when the canvas opens.
  const [focusNodes] = useState<readonly string[]>(() => {
    if (focus?.target.kind === 'touchpoint') return [focus.target.id];
    if (focus?.target.kind === 'link') {
      const link = journey.links.find((l) => l.id === focus.target.id);
      return link ? [link.sourceId, link.targetId] : [];
    }
    return [];
  });

  /** Set once the opening view is: the wrapper says so, so scripts (the P4 benchmark) zoom after it, not before. */
  const [openingViewSet, setOpeningViewSet] = useState(false);
  /**
   * Without a focused element, the cards and links are handed to React Flow only once the opening view
   * is set: React Flow starts at zoom 1, so a map handed over at once mounts the cards in view at zoom 1,
   * then again those of the opening view. A focused element is fitted by React Flow, which needs the cards.
   */
  const [viewReady, setViewReady] = useState(() => focusNodes.length > 0);

  /**
   * Centres the focused element when there is one; else fits the whole map when it stays readable,
   * otherwise shows its left part at a readable zoom.
   */
  const onInit = useCallback(() => {
    const rect = wrapper.current?.getBoundingClientRect();
    const bounds = canvasBounds(computeGeometry(editor.current()));
    const present = focusNodes.filter((id) => editor.current().touchpoints.some((t) => t.id === id));
    const opened = () => setOpeningViewSet(true);
    // Set in the same update as the viewport below, so the first cards mount at the opening view.
    setViewReady(true);
    if (present.length > 0) {
      void fitView({ nodes: present.map((id) => ({ id })), maxZoom: 1.1, minZoom: MIN_READABLE_ZOOM, padding: 0.3 }).then(opened);
      return;
    }
    if (!rect || rect.width === 0) {
      opened();
      return;
    }
    const fit = Math.min((rect.width - 32) / bounds.width, (rect.height - 32) / bounds.height);
    if (fit >= MIN_READABLE_ZOOM) void fitBounds(bounds, { padding: 0.03 }).then(opened);
    else void setViewport({ x: 12, y: 12, zoom: Math.min(1, Math.max(MIN_READABLE_ZOOM, (rect.height - 24) / bounds.height)) }).then(opened);
  }, [editor, fitBounds, setViewport, fitView, focusNodes]);

  useUndoShortcuts(actions.undo, actions.redo, !readOnly);

  const selectTouchpoint = useCallback(
    (id: string) => {
      setSelection({ nodes: [id], edges: [], stageId: null });
      void fitView({ nodes: [{ id }], duration: 300, maxZoom: 1.1, minZoom: MIN_READABLE_ZOOM });
    },
    [fitView],
  );

  /** The summary's severity counts: highlight the touchpoints with an open pain point of that severity or worse. */
  const highlightPain = useCallback((severity: AnnotationSeverity) => setFilter((current) => ({ ...current, pain: [severity] })), []);

  // Memoised so the (memoised) toolbar does not re-render with every render of the canvas.
  const metricsControls = useMemo(
    () =>
      metricsWorkspaceId ? (
        <>
          <HighlightButton touchpoints={graph.touchpoints} filter={filter} onChange={setFilter} />
          <Tooltip label={summaryOpen ? 'Hide the journey summary' : 'Journey summary: stage health, touchpoints furthest from target'}>
            <ActionIcon
              size="md"
              variant={summaryOpen ? 'light' : 'default'}
              onClick={() => setSummaryOpen((open) => !open)}
              aria-pressed={summaryOpen}
              aria-label="Journey summary"
            >
              <IconChartBar size={16} />
            </ActionIcon>
          </Tooltip>
        </>
      ) : null,
    [metricsWorkspaceId, graph.touchpoints, filter, summaryOpen],
  );

  const target = panelTarget(selection);
  const closePanel = useCallback(() => setSelection(NO_SELECTION), []);

  return (
    <div className={classes.page}>
      {toolbar && (
        <CanvasToolbar
          workspaceId={toolbar.workspaceId}
          actions={toolbar.actions}
          journeyName={journey.journey.name}
          readOnly={readOnly}
          state={state}
          canAddTouchpoint={graph.stages.length > 0}
          canDelete={selection.nodes.length > 0 || selection.edges.length > 0 || selection.stageId !== null}
          onAddTouchpoint={addTouchpoint}
          onAddStage={addStage}
          onAutoLayout={actions.autoLayout}
          onUndo={actions.undo}
          onRedo={actions.redo}
          onDelete={deleteSelection}
          onRetry={actions.retry}
          metricsControls={metricsControls}
        />
      )}
      <div className={classes.body}>
        <div className={classes.flow} ref={wrapper} data-opening-view={openingViewSet ? 'set' : undefined}>
          <CanvasMetricsContext.Provider value={metricsStore}>
          <CanvasPainContext.Provider value={painStore}>
          <CardDetailProvider>
          <DraggingFlow
            nodes={viewReady ? nodes : NO_NODES}
            edges={viewReady ? edges : NO_EDGES}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onConnect={readOnly ? undefined : onConnect}
            isValidConnection={isValidConnection}
            onDelete={readOnly ? undefined : onDelete}
            onPaneClick={onPaneClick}
            onDoubleClick={readOnly ? undefined : onDoubleClick}
            onInit={onInit}
            nodesDraggable={!readOnly}
            nodesConnectable={!readOnly}
            deleteKeyCode={readOnly ? null : DELETE_KEYS}
            zoomOnDoubleClick={false}
            onlyRenderVisibleElements={!fullRender}
            connectionLineType={ConnectionLineType.SmoothStep}
            minZoom={0.1}
            maxZoom={2}
            aria-label="Journey map"
          >
            <CanvasBackdrop
              graph={graph}
              geometry={geometry}
              selectedStageId={selection.stageId}
              readOnly={readOnly}
              onSelect={selectStage}
              onRename={actions.renameStage}
              onMove={actions.moveStage}
              onDelete={actions.confirmDeleteStage}
              onAddStage={addStage}
            />
            <Controls showFitView={false} showInteractive={false} orientation="horizontal">
              <ControlButton onClick={fitMap} aria-label="Fit view" title="Fit view">
                <IconMaximize size={14} />
              </ControlButton>
            </Controls>
            {graph.touchpoints.length > 0 && (
              <MiniMap<TouchpointNodeType>
                pannable
                zoomable
                nodeColor={minimapColor}
                ariaLabel="Mini map"
                style={MINIMAP_STYLE}
              />
            )}
            <Panel position="bottom-center">
              <LinkLegend />
            </Panel>
            {matches && (
              <Panel position="top-center">
                <HighlightCount matched={matches.size} total={graph.touchpoints.length} onClear={() => setFilter(NO_FILTER)} />
              </Panel>
            )}
            {summaryOpen && metricsWorkspaceId && (
              <Panel position="top-left" style={{ height: 'calc(100% - 30px)', pointerEvents: 'none' }}>
                <div style={{ pointerEvents: 'auto', maxHeight: '100%', display: 'flex' }}>
                  <JourneySummaryPanel
                    stages={sortedStages(graph.stages)}
                    touchpoints={graph.touchpoints}
                    badges={badges.touchpoints}
                    pain={pain}
                    onHighlightPain={highlightPain}
                    onSelectTouchpoint={selectTouchpoint}
                    onClose={() => setSummaryOpen(false)}
                    actions={metricsActions}
                  />
                </div>
              </Panel>
            )}
            {graph.stages.length === 0 ? (
              <Panel position="bottom-center" style={{ marginBottom: 56 }}>
                <div className={classes.hint}>
                  This journey has no stages yet.
                  {!readOnly && (
                    <Button size="compact-sm" ml="xs" leftSection={<IconPlus size={14} />} onClick={addStage}>
                      Add the first stage
                    </Button>
                  )}
                </div>
              </Panel>
            ) : (
              graph.touchpoints.length === 0 &&
              !readOnly && (
                <Panel position="bottom-center" style={{ marginBottom: 56 }}>
                  <div className={classes.hint}>Double-click a stage to add your first touchpoint</div>
                </Panel>
              )
            )}
          </DraggingFlow>
          </CardDetailProvider>
          </CanvasPainContext.Provider>
          </CanvasMetricsContext.Provider>
        </div>
        {target && (
          <SidePanel
            graph={graph}
            target={target}
            actions={actions}
            readOnly={readOnly}
            onClose={closePanel}
            initialTab={focus?.tab}
            metrics={metricsWorkspaceId ? { journeyId: journey.journey.id, workspaceId: metricsWorkspaceId } : null}
            annotations={metricsWorkspaceId ? { journeyId: journey.journey.id, canComment, canModerate } : null}
          />
        )}
      </div>
    </div>
  );
}
