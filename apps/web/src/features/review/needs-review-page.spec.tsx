import { localIsoDate, nextReviewBy, type MeResponse, type NeedsReviewResponse, type Role } from '@cxmap/domain';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { MeContext } from '../../app/me-context';
import { renderRoutes, stubFetch, type FetchHandler } from '../../testing/render-app';
import { NeedsReviewPage } from './needs-review-page';

const QUEUE: NeedsReviewResponse = {
  overdueTouchpoints: {
    total: 2,
    items: [
      {
        journey: { id: 'j1', name: 'Online order' },
        stage: { id: 's1', name: 'Purchase' },
        touchpoint: { id: 't1', title: 'Checkout page', ownerTeam: 'Web' },
        reviewBy: '2026-01-10',
        daysOverdue: 40,
      },
      {
        journey: { id: 'j2', name: 'Support' },
        stage: { id: 's2', name: 'Use' },
        touchpoint: { id: 't2', title: 'Hotline', ownerTeam: null },
        reviewBy: '2026-02-18',
        daysOverdue: 1,
      },
    ],
  },
  unownedCriticalPainPoints: {
    total: 1,
    items: [
      {
        journey: { id: 'j1', name: 'Online order' },
        stage: { id: 's3', name: 'Delivery' },
        target: { kind: 'link', id: 'l1', name: 'Warehouse → Courier', ownerTeam: 'Logistics' },
        annotation: { id: 'a1', title: 'Parcels lost at hand-off', status: 'open', createdAt: new Date(Date.now() - 3 * 86_400_000).toISOString(), version: 4 },
      },
    ],
  },
};

const EMPTY: NeedsReviewResponse = { overdueTouchpoints: { total: 0, items: [] }, unownedCriticalPainPoints: { total: 0, items: [] } };

function me(role: Role): MeResponse {
  return { user: { id: 'u1', email: 'ada@acme.com', name: 'Ada' }, workspaces: [{ id: 'ws1', name: 'Acme', role }] };
}

function renderPage(role: Role, handler: FetchHandler) {
  const bodies: Array<{ call: string; body: unknown }> = [];
  const calls = stubFetch((method, path, body, headers, search) => {
    if (method !== 'GET') bodies.push({ call: `${method} ${path}`, body });
    return handler(method, path, body, headers, search);
  });
  const rendered = renderRoutes(
    [
      {
        element: (
          <MeContext value={me(role)}>
            <Outlet />
          </MeContext>
        ),
        children: [
          { path: '/w/:workspaceId/needs-review', element: <NeedsReviewPage /> },
          { path: '/w/:workspaceId/journeys/:journeyId', element: <p>Canvas</p> },
        ],
      },
    ],
    '/w/ws1/needs-review',
  );
  return { calls, bodies, router: rendered.router };
}

afterEach(() => cleanup());

describe('NeedsReviewPage', { timeout: 20_000 }, () => {
  it('lists overdue touchpoints and unowned critical pain points, each linking into its canvas', async () => {
    renderPage('viewer', () => ({ status: 200, body: QUEUE }));
    const overdue = await screen.findByRole('list', { name: 'Overdue touchpoints' });
    const rows = within(overdue).getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    const first = rows[0] as HTMLElement;
    expect(within(first).getByRole('link', { name: 'Checkout page' }).getAttribute('href')).toBe('/w/ws1/journeys/j1?touchpoint=t1');
    expect(within(first).getByText('Online order · Purchase · Web')).toBeTruthy();
    expect(within(first).getByText('40 days overdue')).toBeTruthy();
    expect(within(first).getByText('review by Jan 10, 2026')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Support · Use · No owner team')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('1 day overdue')).toBeTruthy();

    const unowned = screen.getByRole('list', { name: 'Critical pain points without an owner' });
    const pain = within(unowned).getByRole('listitem');
    expect(within(pain).getByRole('link', { name: 'Parcels lost at hand-off' }).getAttribute('href')).toBe('/w/ws1/journeys/j1?link=l1&tab=annotations');
    expect(within(pain).getByText('Online order · on the link “Warehouse → Courier” · Delivery')).toBeTruthy();
    expect(within(pain).getByText('opened 3 days ago')).toBeTruthy();
    // A viewer reads the queue but acts on nothing.
    expect(screen.queryByRole('button', { name: /Mark .* reviewed/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Assign owner team' })).toBeNull();
  });

  it('marks a touchpoint reviewed: the next review in 90 days, and the row leaves the list', async () => {
    let queue = QUEUE;
    const { bodies } = renderPage('editor', (method, path) => {
      if (method === 'PUT') {
        queue = { ...queue, overdueTouchpoints: { total: 1, items: queue.overdueTouchpoints.items.slice(1) } };
        return { status: 200, body: { touchpointId: 't1', reviewBy: '2030-01-01' } };
      }
      if (path === '/api/workspaces/ws1/needs-review') return { status: 200, body: queue };
      return { status: 404, body: { type: 'x', title: 'Not Found', status: 404 } };
    });
    const overdue = await screen.findByRole('list', { name: 'Overdue touchpoints' });
    fireEvent.click(within(overdue).getByRole('button', { name: 'Mark Checkout page reviewed' }));
    await waitFor(() => expect(within(overdue).getAllByRole('listitem')).toHaveLength(1));
    expect(within(overdue).queryByText('Checkout page')).toBeNull();
    expect(bodies).toEqual([{ call: 'PUT /api/journeys/j1/touchpoints/t1/review-by', body: { reviewBy: nextReviewBy(localIsoDate(new Date())) } }]);
  });

  it('assigns an owner team to a pain point with the version it read, offering the target’s team', async () => {
    let queue = QUEUE;
    const { bodies } = renderPage('commenter', (method, path) => {
      if (method === 'PATCH') {
        queue = { ...queue, unownedCriticalPainPoints: { total: 0, items: [] } };
        return { status: 200, body: {} };
      }
      if (path === '/api/workspaces/ws1/needs-review') return { status: 200, body: queue };
      return { status: 404, body: { type: 'x', title: 'Not Found', status: 404 } };
    });
    // A commenter triages pain points but does not set review dates (journey:write).
    fireEvent.click(await screen.findByRole('button', { name: 'Assign owner team' }));
    expect(screen.queryByRole('button', { name: /Mark .* reviewed/ })).toBeNull();
    const dialog = await screen.findByRole('dialog', { name: 'Assign an owner team' });
    const input = within(dialog).getByLabelText('Owner team');
    expect((input as HTMLInputElement).value).toBe('Logistics');
    fireEvent.change(input, { target: { value: '  ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Assign' }));
    expect(await within(dialog).findByText('Name the team that owns fixing it')).toBeTruthy();
    fireEvent.change(input, { target: { value: ' Courier partners ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Assign' }));
    expect(await screen.findByText('Every critical pain point has an owner team.')).toBeTruthy();
    expect(bodies).toEqual([{ call: 'PATCH /api/journeys/j1/annotations/a1', body: { version: 4, ownerTeam: 'Courier partners' } }]);
  });

  it('says so when nothing needs review', async () => {
    renderPage('owner', () => ({ status: 200, body: EMPTY }));
    expect(await screen.findByText('Nothing needs review')).toBeTruthy();
    expect(screen.getByText('Every touchpoint is within its review date and every critical pain point has an owner.')).toBeTruthy();
  });

  it('shows a loading state, then an error with a retry', async () => {
    let fail = true;
    renderPage('owner', () => (fail ? { status: 500, body: { type: 'x', title: 'Something went wrong on our side', status: 500 } } : { status: 200, body: EMPTY }));
    expect(screen.getByRole('status', { name: 'Loading the review queue' })).toBeTruthy();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The review queue could not be loaded')).toBeTruthy();
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Nothing needs review')).toBeTruthy();
  });
});
