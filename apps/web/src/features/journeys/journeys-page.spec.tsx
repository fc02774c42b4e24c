import type { JourneySummaryDto, MeResponse } from '@cxmap/domain';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { Outlet } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { MeContext } from '../../app/me-context';
import { renderRoutes, stubFetch } from '../../testing/render-app';
import { JourneysPage } from './journeys-page';

const ME: MeResponse = {
  user: { id: 'u1', email: 'ada@acme.com', name: 'Ada' },
  workspaces: [{ id: 'ws1', name: 'Acme Care', role: 'owner' }],
};

function journey(overrides: Partial<JourneySummaryDto>): JourneySummaryDto {
  return {
    id: 'j1',
    workspaceId: 'ws1',
    name: 'Claims handling',
    description: 'From first call to payout',
    state: 'current',
    status: 'published',
    revision: 4,
    stageCount: 6,
    touchpointCount: 1,
    createdAt: new Date(Date.now() - 86_400_000 * 10).toISOString(),
    updatedAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    ...overrides,
  };
}

function renderJourneys(list: JourneySummaryDto[]) {
  stubFetch((method, path) =>
    method === 'GET' && path === '/api/workspaces/ws1/journeys'
      ? { status: 200, body: list }
      : { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } },
  );
  return renderRoutes(
    [
      {
        element: (
          <MeContext value={ME}>
            <Outlet />
          </MeContext>
        ),
        children: [
          { path: '/w/:workspaceId', element: <JourneysPage /> },
          { path: '/w/:workspaceId/journeys/:journeyId', element: <p>canvas</p> },
        ],
      },
    ],
    '/w/ws1',
  );
}

afterEach(cleanup);

describe('JourneysPage', () => {
  it('lists each journey with its counts, status and last change, and opens it', async () => {
    const { router } = renderJourneys([journey({}), journey({ id: 'j2', name: 'Renewal', status: 'draft', stageCount: 1 })]);

    const link = await screen.findByRole('link', { name: 'Claims handling' });
    expect(screen.getByText('6 stages · 1 touchpoint')).toBeTruthy();
    expect(screen.getByText('1 stage · 1 touchpoint')).toBeTruthy();
    expect(screen.getByText('Published')).toBeTruthy();
    expect(screen.getByText('Draft')).toBeTruthy();
    expect(screen.getAllByText('Updated 3 hours ago')).toHaveLength(2);

    fireEvent.click(link);
    await screen.findByText('canvas');
    expect(router.state.location.pathname).toBe('/w/ws1/journeys/j1');
  });

  it('invites the user to create the first journey when there is none', async () => {
    renderJourneys([]);
    fireEvent.click(await screen.findByRole('button', { name: 'Create your first journey' }));
    expect(await screen.findByRole('button', { name: 'Create journey' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Awareness to advocacy' }).getAttribute('aria-checked')).toBe('true');
  });

  it('opens the New journey dialog with the "n" key, but not while typing in a field', async () => {
    renderJourneys([journey({})]);
    await screen.findByRole('link', { name: 'Claims handling' });

    const field = document.createElement('input');
    document.body.append(field);
    fireEvent.keyDown(field, { key: 'n', code: 'KeyN' });
    expect(screen.queryByRole('button', { name: 'Create journey' })).toBeNull();
    field.remove();

    fireEvent.keyDown(document.body, { key: 'n', code: 'KeyN' });
    expect(await screen.findByRole('button', { name: 'Create journey' })).toBeTruthy();
  });
});
