import type { MeResponse, Role } from '@cxmap/domain';
import { QueryClient } from '@tanstack/react-query';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { given } from '../features/canvas/given';
import { metricKeys } from '../api/metrics';
import { renderRoutes, stubFetch } from '../testing/render-app';
import { CanvasRoute, preloadCanvasRoute } from './canvas-route';
import { MeContext } from './me-context';

function renderAs(role: Role) {
  const graph = given.journey({ stages: 1 });
  const me: MeResponse = { user: { id: 'u1', email: 'a@acme.com', name: 'A' }, workspaces: [{ id: 'ws-1', name: 'Acme', role }] };
  const calls = stubFetch((_method, path) => {
    if (path === `/api/journeys/${graph.journey.id}`) return { status: 200, body: graph };
    if (path === `/api/journeys/${graph.journey.id}/share-links`) return { status: 200, body: [] };
    return { status: 404, body: { type: 'x', title: 'Not Found', status: 404 } };
  });
  renderRoutes(
    [
      {
        element: (
          <MeContext value={me}>
            <div style={{ width: 1200, height: 800 }}>
              <Outlet />
            </div>
          </MeContext>
        ),
        children: [{ path: '/w/:workspaceId/journeys/:journeyId', element: <CanvasRoute /> }],
      },
    ],
    `/w/ws-1/journeys/${graph.journey.id}`,
  );
  return { calls, graph };
}

afterEach(cleanup);

describe('CanvasRoute', () => {
  it.each(['owner', 'editor'] satisfies Role[])('gives the %s a Share button that opens the share links', async (role) => {
    const { calls, graph } = renderAs(role);
    const toolbar = await screen.findByRole('toolbar', { name: 'Journey canvas' });
    fireEvent.click(within(toolbar).getByRole('button', { name: 'Share' }));
    expect(await screen.findByRole('dialog', { name: 'Share this journey' })).toBeTruthy();
    expect(await screen.findByText(/No active links/)).toBeTruthy();
    expect(calls).toContain(`GET /api/journeys/${graph.journey.id}/share-links`);
  });

  it.each(['commenter', 'viewer'] satisfies Role[])('shows the %s no Share button', async (role) => {
    const { calls } = renderAs(role);
    const toolbar = await screen.findByRole('toolbar', { name: 'Journey canvas' });
    expect(within(toolbar).getByText('View only')).toBeTruthy();
    expect(within(toolbar).queryByRole('button', { name: 'Share' })).toBeNull();
    expect(calls.some((call) => call.includes('share-links'))).toBe(false);
  });

  it.each(['owner', 'viewer'] satisfies Role[])('gives the %s the Export button (every role may export), which opens the dialog', async (role) => {
    renderAs(role);
    const toolbar = await screen.findByRole('toolbar', { name: 'Journey canvas' }, { timeout: 5000 });
    fireEvent.click(await within(toolbar).findByRole('button', { name: 'Export' }));
    expect(await screen.findByRole('dialog', { name: /^Export / })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'PDF' })).toBeTruthy();
  });
});

describe('preloadCanvasRoute', () => {
  it('asks for the graph and what the cards draw (badges, their catalog, pain markers) at once, into the keys the page reads', async () => {
    const calls = stubFetch(() => ({ status: 200, body: [] }));
    const queryClient = new QueryClient();
    preloadCanvasRoute(queryClient, 'ws-1', 'j-1');
    await vi.waitFor(() => expect(calls).toHaveLength(4));
    expect([...calls].sort()).toEqual([
      'GET /api/journeys/j-1',
      'GET /api/journeys/j-1/annotations/summary',
      'GET /api/journeys/j-1/metrics',
      'GET /api/workspaces/ws-1/metric-definitions',
    ]);
    await vi.waitFor(() => expect(queryClient.getQueryData(metricKeys.attachments('j-1'))).toEqual([]));
  });

  it('asks for nothing but the page without a journey id', () => {
    const calls = stubFetch(() => ({ status: 200, body: [] }));
    preloadCanvasRoute(new QueryClient(), 'ws-1', undefined);
    expect(calls).toEqual([]);
  });
});
