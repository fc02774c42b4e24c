import type { SharedJourneyResponse } from '@cxmap/domain';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoutes, stubFetch, type FetchHandler } from '../../testing/render-app';
import { given } from '../canvas/given';
import { SharedJourneyPage } from './shared-journey-page';

const TOKEN = 'S'.repeat(43);

function shared(): SharedJourneyResponse {
  const graph = given.journey({ stages: 2 });
  const { workspaceId: _workspaceId, ...journey } = graph.journey;
  const card = given.touchpoint(graph.stages[0]?.id ?? '', { title: 'Checkout page' });
  return { ...graph, journey: { ...journey, name: 'Online order' }, touchpoints: [card], share: { expiresAt: '2031-03-04T12:00:00.000Z', allowExport: true } };
}

function renderShared(handler: FetchHandler) {
  const calls = stubFetch(handler);
  renderRoutes(
    [{ path: '/s/:token', element: <div style={{ width: 1200, height: 800 }}><SharedJourneyPage /></div> }],
    `/s/${TOKEN}`,
  );
  return calls;
}

afterEach(cleanup);

describe('SharedJourneyPage', () => {
  it('shows the map read-only under a slim bar, with no app navigation', async () => {
    const calls = renderShared((_method, path) =>
      path === `/api/share/${TOKEN}` ? { status: 200, body: shared() } : { status: 404, body: { type: 'x', title: 'Not Found', status: 404 } },
    );
    expect(await screen.findByRole('heading', { name: 'Online order' })).toBeTruthy();
    expect(screen.getByText('Read-only shared view')).toBeTruthy();
    expect(screen.getByText(/Link valid until Mar 4, 2031/)).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Stage Stage 1' })).toBeTruthy();
    // The cards are handed to React Flow once its opening view is set (journey-canvas.tsx).
    expect(await screen.findByRole('group', { name: 'Touchpoint: Checkout page' })).toBeTruthy();

    // No toolbar, no editing, nothing that leads into the app.
    expect(screen.queryByRole('toolbar', { name: 'Journey canvas' })).toBeNull();
    for (const name of ['Add touchpoint', 'Add stage', 'Undo', 'Share', 'New stage']) expect(screen.queryByRole('button', { name })).toBeNull();
    expect(screen.queryByRole('link', { name: /Journeys|settings|account/i })).toBeNull();
    expect(document.querySelector('.react-flow__node')?.classList.contains('draggable')).toBe(false);
    expect(calls).toEqual([`GET /api/share/${TOKEN}`]);
  });

  it('says plainly when the link is no longer valid', async () => {
    renderShared(() => ({ status: 404, body: { type: 'x', title: 'Gone', status: 404, code: 'SHARE_LINK_NOT_FOUND' } }));
    expect(await screen.findByRole('heading', { name: 'This link is no longer valid' })).toBeTruthy();
    expect(screen.getByText(/expired or been revoked/)).toBeTruthy();
    expect(screen.queryByRole('group', { name: /Stage/ })).toBeNull();
  });

  it('offers a retry when the server fails', async () => {
    let fail = true;
    renderShared(() => (fail ? { status: 500, body: { type: 'x', title: 'Boom', status: 500 } } : { status: 200, body: shared() }));
    expect(await screen.findByRole('heading', { name: 'The journey could not be loaded' })).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Online order' })).toBeTruthy();
  });
});
