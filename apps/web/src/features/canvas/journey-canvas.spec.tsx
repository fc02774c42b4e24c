import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoutes, stubFetch } from '../../testing/render-app';
import { given } from './given';
import { JourneyCanvas } from './journey-canvas';
import { SidePanel } from './panel/side-panel';
import type { CanvasActions } from './use-canvas-actions';

function journeyWithCard() {
  const journey = given.journey({ stages: 2 });
  const stageId = journey.stages[0]?.id ?? '';
  const card = given.touchpoint(stageId, { title: 'Checkout page' });
  return { ...journey, touchpoints: [card] };
}

function renderCanvas(readOnly: boolean) {
  stubFetch(() => ({ status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } }));
  const journey = journeyWithCard();
  renderRoutes(
    [
      {
        path: '/w/:workspaceId/journeys/:journeyId',
        element: (
          <div style={{ width: 1200, height: 800 }}>
            <ReactFlowProvider>
              <JourneyCanvas journey={journey} queryKey={['journeys', 'graph', journey.journey.id]} readOnly={readOnly} toolbar={{ workspaceId: 'ws-1' }} />
            </ReactFlowProvider>
          </div>
        ),
      },
    ],
    `/w/ws-1/journeys/${journey.journey.id}`,
  );
  return journey;
}

afterEach(cleanup);

// The first render imports the whole canvas: seconds on a loaded 2-core machine, more than the 5 s default.
describe('JourneyCanvas', { timeout: 20_000 }, () => {
  it('hands the cards to React Flow once the opening view is set, not first at zoom 1', async () => {
    renderCanvas(false);
    expect(screen.getByRole('group', { name: 'Stage Stage 1' })).toBeTruthy();
    expect(document.querySelector('.react-flow__node')).toBeNull();
    await screen.findByRole('group', { name: 'Touchpoint: Checkout page' });
    await waitFor(() => expect(document.querySelector('[data-opening-view="set"]')).not.toBeNull());
  });

  it('offers every editing control to an editor', async () => {
    renderCanvas(false);
    await screen.findByRole('group', { name: 'Touchpoint: Checkout page' });
    const toolbar = screen.getByRole('toolbar', { name: 'Journey canvas' });
    for (const name of ['Add touchpoint', 'Add stage', 'Auto-layout', 'Undo', 'Redo', 'Delete selection']) {
      expect(within(toolbar).getByRole('button', { name })).toBeTruthy();
    }
    expect(within(toolbar).queryByText('View only')).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete stage Stage 1' })).toBeTruthy();
    expect(document.querySelector('.react-flow__node')?.classList.contains('draggable')).toBe(true);
    expect(document.querySelector('.react-flow__handle.connectable')).not.toBeNull();
  });

  it('read-only: says "View only" and shows no control that changes the journey', async () => {
    renderCanvas(true);
    await screen.findByRole('group', { name: 'Touchpoint: Checkout page' });
    const toolbar = screen.getByRole('toolbar', { name: 'Journey canvas' });
    expect(within(toolbar).getByText('View only')).toBeTruthy();
    for (const name of ['Add touchpoint', 'Add stage', 'Auto-layout', 'Undo', 'Redo', 'Delete selection']) {
      expect(within(toolbar).queryByRole('button', { name })).toBeNull();
    }
    expect(screen.queryByRole('button', { name: 'New stage' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Delete stage|Move stage/ })).toBeNull();
    expect(screen.getByRole('group', { name: 'Stage Stage 1' })).toBeTruthy();

    // Cards can still be selected (to read them), never dragged or linked.
    const node = document.querySelector('.react-flow__node');
    expect(node?.classList.contains('draggable')).toBe(false);
    expect(document.querySelector('.react-flow__handle.connectable')).toBeNull();
  });
});

describe('SidePanel read-only', () => {
  const noop = () => undefined;
  const actions = new Proxy({}, { get: () => noop }) as CanvasActions;

  it('shows the touchpoint with every field disabled and no delete button', () => {
    const journey = journeyWithCard();
    const card = journey.touchpoints[0];
    renderRoutes(
      [{ path: '/', element: <SidePanel graph={journey} target={{ kind: 'touchpoint', id: card?.id ?? '' }} actions={actions} readOnly onClose={noop} /> }],
      '/',
    );
    const panel = screen.getByRole('form', { name: 'Touchpoint details' });
    expect((within(panel).getByLabelText('Title') as HTMLInputElement).value).toBe('Checkout page');
    for (const label of ['Title', 'Description', 'Channel', 'Interaction', 'Owner team', 'Stage', 'Layer', 'Emotion']) {
      expect([label, (within(panel).getByLabelText(label) as HTMLInputElement).disabled]).toEqual([label, true]);
    }
    expect(within(panel).queryByRole('button', { name: /Delete/ })).toBeNull();
  });

  it('lets an editor change the same fields', () => {
    const journey = journeyWithCard();
    const card = journey.touchpoints[0];
    renderRoutes(
      [{ path: '/', element: <SidePanel graph={journey} target={{ kind: 'touchpoint', id: card?.id ?? '' }} actions={actions} readOnly={false} onClose={noop} /> }],
      '/',
    );
    const panel = screen.getByRole('form', { name: 'Touchpoint details' });
    expect((within(panel).getByLabelText('Title') as HTMLInputElement).disabled).toBe(false);
    expect(within(panel).getByRole('button', { name: 'Delete touchpoint' })).toBeTruthy();
  });
});
