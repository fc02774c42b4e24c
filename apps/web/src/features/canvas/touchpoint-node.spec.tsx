import { CHANNEL_INFO } from '@cxmap/domain';
import { cleanup, screen } from '@testing-library/react';
import { ReactFlow, ReactFlowProvider, type NodeTypes } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoutes } from '../../testing/render-app';
import { CardDetailProvider, LIGHT_CARD_BELOW_ZOOM, OVERVIEW_BELOW_ZOOM } from './card-detail';
import { given } from './given';
import type { TouchpointNode as TouchpointNodeType } from './journey-to-flow';
import { TouchpointNode } from './touchpoint-node';

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
    // The links still end where the handles would be: React Flow is told their places (journey-to-flow.ts).
    cleanup();
    expect(renderCardAt(OVERVIEW_BELOW_ZOOM).querySelectorAll('.react-flow__handle')).toHaveLength(2);
  });

  it('is full again at the threshold itself', () => {
    const card = renderCardAt(LIGHT_CARD_BELOW_ZOOM);
    expect(card.getAttribute('data-light')).toBeNull();
    expect(card.textContent).toContain('Payments');
  });
});
