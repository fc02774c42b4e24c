// The P4 baseline: a bare React Flow page showing the benchmark journey's touchpoints as default
// nodes and its links as default edges, the whole map fitted in view (or, with `?zoom=`, its top left at
// that zoom). Bench only, never shipped.
import '@xyflow/react/dist/style.css';
import { ReactFlow } from '@xyflow/react';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

const LAYERS = ['customer', 'frontstage', 'backstage', 'support'];

/** Cards at their position inside a stage × layer cell, cells on a plain grid (the app's layout is close). */
function toFlow(graph) {
  const stageIndex = new Map([...graph.stages].sort((a, b) => a.order - b.order).map((s, i) => [s.id, i]));
  const nodes = graph.touchpoints.map((t) => ({
    id: t.id,
    position: { x: (stageIndex.get(t.stageId) ?? 0) * 1040 + t.position.x, y: LAYERS.indexOf(t.layer) * 2100 + t.position.y },
    data: { label: t.title },
  }));
  const edges = graph.links.map((l) => ({ id: l.id, source: l.sourceId, target: l.targetId }));
  return { nodes, edges };
}

function App() {
  const [flow, setFlow] = useState(null);
  useEffect(() => {
    void fetch('./graph.json')
      .then((r) => r.json())
      .then((graph) => setFlow(toFlow(graph)));
  }, []);
  if (!flow) return null;
  // `?zoom=`: the app's opening view (top left at that zoom, only the nodes in view mounted), for the drag there.
  const zoom = Number(new URLSearchParams(location.search).get('zoom'));
  if (zoom > 0) {
    return <ReactFlow defaultNodes={flow.nodes} defaultEdges={flow.edges} defaultViewport={{ x: 12, y: 12, zoom }} onlyRenderVisibleElements minZoom={0.05} />;
  }
  return <ReactFlow defaultNodes={flow.nodes} defaultEdges={flow.edges} fitView minZoom={0.05} />;
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
