import { CHANNEL_INFO } from '@cxmap/domain';
import { cleanup, screen } from '@testing-library/react';
import { ReactFlow, ReactFlowProvider, type NodeTypes } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoutes } from '../../testing/render-app';
import { CardDetailProvider, LIGHT_CARD_BELOW_ZOOM, OVERVIEW_BELOW_ZOOM } from './card-detail';
import { given } from './given';
import type { TouchpointNode as TouchpointNodeType } from './journey-to-flow';
import { TouchpointNode } from './touchpoint-node';
import { computeGeometry } from './canvas-geometry';
import { journeyToFlow, type LinkEdge } from './journey-to-flow';

const nodeTypes: NodeTypes = { touchpoint: TouchpointNode };

function renderCardAt(zoom: number) {
  const touchpoint = given.touchpoint('stage-1', { title: 'Checkout page', channel: 'web', interaction: 'personnel', ownerTeam: 'Payments' });
  const node: TouchpointNodeType = { id: touchpoint.id, type: 'touchpoint', position: { x: 0, y: 0 }, width: 216, height: 92, data: { touchpoint } };
  const element = (
    <ReactFlowProvider>
      <CardDetailProvider>
        <div style={{ width: 800, height: 600 }}>
          <ReactFlow<TouchpointNodeType> nodes={[node]} nodeTypes={nodeTypes} defaultViewport={{ x: 0, y: 0, zoom }} minZoom={0.1} />
        </div>
      </CardDetailProvider>
    </ReactFlowProvider>
  );
  renderRoutes([{ path: '/', element }], '/');
  return screen.getByTestId('touchpoint-card');
}

afterEach(cleanup);

describe('TouchpointNode', () => {
  it('shows channel, service badge, title and owner team at a readable zoom', () => {
    const card = renderCardAt(1);
    expect(card.getAttribute('data-light')).toBeNull();
    expect(card.textContent).toContain(CHANNEL_INFO.web.label);
    expect(card.textContent).toContain('Service');
    expect(card.textContent).toContain('Checkout page');
    expect(card.textContent).toContain('Payments');
    expect(card.querySelectorAll('.react-flow__handle')).toHaveLength(2);
  });

  it('draws the light card (title only, both handles kept) below the readable zoom', () => {
    const card = renderCardAt(LIGHT_CARD_BELOW_ZOOM - 0.05);
    expect(card.getAttribute('data-light')).toBe('true');
    expect(card.textContent).toBe('Checkout page');
    expect(card.getAttribute('data-layer')).toBe('customer');
    expect(card.querySelectorAll('.react-flow__handle')).toHaveLength(2);
  });

  it('leaves the handles out of the overview (below 0.25), where they are too small to start a link from', () => {
    const card = renderCardAt(OVERVIEW_BELOW_ZOOM - 0.05);
    expect(card.getAttribute('data-light')).toBe('true');
    expect(card.textContent).toBe('Checkout page');
    expect(card.querySelectorAll('.react-flow__handle')).toHaveLength(0);
    cleanup();
    expect(renderCardAt(OVERVIEW_BELOW_ZOOM).querySelectorAll('.react-flow__handle')).toHaveLength(2);
  });

  it('still draws the links of an overview, to where the left-out handles would be', () => {
    const base = given.journey({ stages: 2 });
    const [first, second] = base.stages;
    const a = given.touchpoint(first?.id ?? '', { title: 'Ad' });
    const b = given.touchpoint(second?.id ?? '', { title: 'Landing page' });
    const graph = { ...base, touchpoints: [a, b], links: [given.link(a.id, b.id)] };
    // The canvas's own nodes: fixed box and handle places, so React Flow places links without handle elements.
    const flow = journeyToFlow(graph, computeGeometry(graph));
    const zoom = OVERVIEW_BELOW_ZOOM - 0.05;
    const { container } = renderRoutes(
      [
        {
          path: '/',
          element: (
            <ReactFlowProvider>
              <CardDetailProvider>
                <div style={{ width: 800, height: 600 }}>
                  <ReactFlow<TouchpointNodeType, LinkEdge> nodes={flow.nodes} edges={flow.edges} nodeTypes={nodeTypes} defaultViewport={{ x: 0, y: 0, zoom }} minZoom={0.1} />
                </div>
              </CardDetailProvider>
            </ReactFlowProvider>
          ),
        },
      ],
      '/',
    );
    expect(container.querySelectorAll('.react-flow__handle')).toHaveLength(0);
    const path = container.querySelector('.react-flow__edge .react-flow__edge-path')?.getAttribute('d') ?? '';
    const [sourceHandle] = flow.nodes[0]?.handles?.filter((h) => h.type === 'source') ?? [];
    // The link leaves from the source card's right edge, at mid-height (its handle's centre).
    const start = /^M\s*([\d.-]+)[ ,]([\d.-]+)/.exec(path);
    expect(start?.slice(1).map(Number)).toEqual([
      (flow.nodes[0]?.position.x ?? 0) + (sourceHandle?.x ?? 0) + (sourceHandle?.width ?? 0),
      (flow.nodes[0]?.position.y ?? 0) + (sourceHandle?.y ?? 0) + (sourceHandle?.height ?? 0) / 2,
    ]);
  });

  it('is full again at the threshold itself', () => {
    const card = renderCardAt(LIGHT_CARD_BELOW_ZOOM);
    expect(card.getAttribute('data-light')).toBeNull();
    expect(card.textContent).toContain('Payments');
  });
});
