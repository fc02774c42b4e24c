import { cleanup, render } from '@testing-library/react';
import { Position, ReactFlowProvider, useStoreApi, type EdgeProps } from '@xyflow/react';
import { useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { CardDetailProvider } from './card-detail';
import { DashedLinkEdge } from './dashed-link-edge';
import type { LinkEdge } from './journey-to-flow';

afterEach(cleanup);

const PROPS = {
  id: 'link-1',
  source: 'a',
  target: 'b',
  sourceX: 0,
  sourceY: 0,
  targetX: 500,
  targetY: 300,
  sourcePosition: Position.Right,
  targetPosition: Position.Left,
  style: { stroke: '#e8590c', strokeWidth: 2, strokeDasharray: '8 5', opacity: 0.15 },
  markerEnd: 'url(#arrow)',
  interactionWidth: 20,
} as unknown as EdgeProps<LinkEdge>;

/** The canvas at `zoom`: the card-detail context reads it from React Flow's store. */
function AtZoom({ zoom, children }: { zoom: number; children: ReactNode }) {
  const store = useStoreApi();
  useState(() => store.setState({ transform: [0, 0, zoom] }));
  return <CardDetailProvider>{children}</CardDetailProvider>;
}

function renderEdge(props: Partial<EdgeProps<LinkEdge>> = {}, zoom = 1) {
  return render(
    <ReactFlowProvider>
      <AtZoom zoom={zoom}>
        <svg>
          <DashedLinkEdge {...PROPS} {...props} />
        </svg>
      </AtZoom>
    </ReactFlowProvider>,
  );
}

describe('DashedLinkEdge', () => {
  it('draws the dashes piece by piece, each piece continuing the pattern, under an unstroked path that keeps the arrowhead', () => {
    const { container } = renderEdge();
    const pieces = [...container.querySelectorAll<SVGPathElement>('[data-testid="dashed-link"] path')];
    // Right then down then right: three straight stretches and two corners.
    expect(pieces).toHaveLength(5);
    expect(pieces.map((p) => p.style.strokeDasharray)).toEqual(Array(5).fill('8 5'));
    expect(pieces.map((p) => p.style.stroke)).toEqual(Array(5).fill('#e8590c'));
    expect(pieces[0]?.style.strokeDashoffset).toBe('0');
    // A piece starts as far into the pattern as the link has run before it.
    expect(pieces[1]?.style.strokeDashoffset).toBe('245');
    const main = container.querySelector<SVGPathElement>('.react-flow__edge-path');
    expect(main?.style.stroke).toBe('none');
    expect(main?.getAttribute('marker-end')).toBe('url(#arrow)');
    // The arrowhead is sized in stroke widths: the same as on a solid link of that width.
    expect(main?.style.strokeWidth).toBe('2');
    // Dimming reaches the dashes and the arrowhead.
    expect(container.querySelector<SVGGElement>('[data-testid="dashed-link"]')?.style.opacity).toBe('0.15');
    expect(main?.style.opacity).toBe('0.15');
  });

  it('zoomed out to light cards, still draws its dashes piece by piece', () => {
    const { container } = renderEdge({}, 0.35);
    expect(container.querySelectorAll('[data-testid="dashed-link"] path')).toHaveLength(5);
  });

  it('zoomed out below 0.25, where dashes are under two pixels, is one solid path as light as its pattern', () => {
    const { container } = renderEdge({}, 0.2);
    expect(container.querySelector('[data-testid="dashed-link"]')).toBeNull();
    const paths = container.querySelectorAll<SVGPathElement>('.react-flow__edge-path');
    expect(paths).toHaveLength(1);
    expect(paths[0]?.style.stroke).toBe('#e8590c');
    expect(paths[0]?.style.strokeDasharray).toBe('');
    expect(Number(paths[0]?.style.strokeOpacity)).toBeCloseTo(8 / 13);
    expect(paths[0]?.getAttribute('marker-end')).toBe('url(#arrow)');
  });

  it('puts the label above the dashes', () => {
    // React Flow measures the label's text to size its background; jsdom lays nothing out.
    Object.defineProperty(SVGElement.prototype, 'getBBox', { configurable: true, value: () => ({ x: 0, y: 0, width: 96, height: 12 }) });
    onTestFinished(() => {
      Reflect.deleteProperty(SVGElement.prototype, 'getBBox');
    });
    const { container } = renderEdge({ label: 'Hand-off to sales' });
    const dashes = container.querySelector('[data-testid="dashed-link"]');
    const label = container.querySelector('.react-flow__edge-textwrapper');
    expect(label?.textContent).toBe('Hand-off to sales');
    expect(dashes && label && dashes.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
