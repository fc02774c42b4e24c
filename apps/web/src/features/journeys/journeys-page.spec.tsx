import type { JourneyDto, JourneySummaryDto, MeResponse, Role, UpdateJourneyRequest } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { Outlet } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { MeContext } from '../../app/me-context';
import { renderRoutes, stubFetch, type FetchHandler } from '../../testing/render-app';
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

const NOT_FOUND = { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } };

function renderJourneys(list: JourneySummaryDto[], role: Role = 'owner') {
  return renderWith(
    (method, path) => (method === 'GET' && path === '/api/workspaces/ws1/journeys' ? { status: 200, body: { items: list, nextCursor: null } } : NOT_FOUND),
    role,
  );
}

function renderWith(handler: FetchHandler, role: Role = 'owner') {
  stubFetch(handler);
  const me: MeResponse = { ...ME, workspaces: ME.workspaces.map((w) => ({ ...w, role })) };
  return renderRoutes(
    [
      {
        element: (
          <MeContext value={me}>
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

afterEach(() => {
  cleanup();
  notifications.clean();
});

/** The API side of a rename race: the journey is at `revision`; PATCH answers 409 unless If-Match names it. */
function journeyServer(initial: JourneySummaryDto) {
  const state = { journey: initial, patches: [] as { ifMatch: string | null; name: string | undefined }[] };
  const handler: FetchHandler = (method, path, body, headers) => {
    if (method === 'GET' && path === '/api/workspaces/ws1/journeys') return { status: 200, body: { items: [state.journey], nextCursor: null } };
    if (method === 'PATCH' && path === `/api/journeys/${state.journey.id}`) {
      const { name } = body as UpdateJourneyRequest;
      const ifMatch = headers.get('If-Match');
      state.patches.push({ ifMatch, name });
      if (ifMatch !== null && ifMatch !== `"${state.journey.revision}"`) {
        const problem = { type: 'urn:cxmap:problem:stale-revision', title: 'The journey changed since you loaded it', status: 409 };
        return { status: 409, body: { ...problem, code: 'STALE_REVISION' } };
      }
      state.journey = { ...state.journey, name: name ?? state.journey.name, revision: state.journey.revision + 1 };
      const { stageCount: _s, touchpointCount: _t, ...dto } = state.journey;
      return { status: 200, body: { ...dto, personaId: null } satisfies JourneyDto };
    }
    return NOT_FOUND;
  };
  return { state, handler };
}

async function openRename(name: string) {
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  fireEvent.click(await screen.findByRole('button', { name: `Actions for ${name}` }));
  fireEvent.click(await screen.findByRole('menuitem', { name: 'Rename' }));
  return screen.findByRole<HTMLInputElement>('textbox', { name: 'Name' });
}

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

describe('JourneysPage for readers', () => {
  it.each(['viewer', 'commenter'] as const)('shows a %s the journeys without New, Rename and Delete', async (role) => {
    renderJourneys([journey({})], role);
    expect(await screen.findByRole('link', { name: 'Claims handling' })).toBeTruthy();
    expect(screen.getByText('View only')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'New journey' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Actions for Claims handling' })).toBeNull();
    fireEvent.keyDown(document.body, { key: 'n', code: 'KeyN' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('tells a viewer that there are no journeys yet, without offering to create one', async () => {
    renderJourneys([], 'viewer');
    expect(await screen.findByText('No journeys yet')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Create your first journey' })).toBeNull();
  });

  it('gives an editor every control', async () => {
    renderJourneys([journey({})], 'editor');
    expect(await screen.findByRole('button', { name: 'Actions for Claims handling' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'New journey' })).toBeTruthy();
    expect(screen.queryByText('View only')).toBeNull();
  });
});

describe('JourneysPage rename', () => {
  it('renames against the revision the list showed', async () => {
    const server = journeyServer(journey({ revision: 4 }));
    renderWith(server.handler);
    fireEvent.change(await openRename('Claims handling'), { target: { value: 'Claims, end to end' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('link', { name: 'Claims, end to end' })).toBeTruthy();
    expect(server.state.patches).toEqual([{ ifMatch: '"4"', name: 'Claims, end to end' }]);

    // Our own rename moved the revision: the next one goes with the revision it returned.
    fireEvent.change(await openRename('Claims, end to end'), { target: { value: 'Claims' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(server.state.patches).toHaveLength(2));
    expect(server.state.patches[1]).toEqual({ ifMatch: '"5"', name: 'Claims' });
    expect(await screen.findByRole('link', { name: 'Claims' })).toBeTruthy();
    expect(screen.queryByText('This journey was changed elsewhere')).toBeNull();
  });

  it('after a 409 shows the latest journey, says so, and renames it again in two clicks', async () => {
    const server = journeyServer(journey({ revision: 4 }));
    renderWith(server.handler);
    const field = await openRename('Claims handling');
    // Meanwhile someone else renames the journey (edits on its canvas would move the revision too).
    server.state.journey = { ...server.state.journey, name: 'Claims (Bo)', revision: 6 };
    fireEvent.change(field, { target: { value: 'Claims, end to end' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('This journey was changed elsewhere')).toBeTruthy();
    expect(server.state.patches).toEqual([{ ifMatch: '"4"', name: 'Claims, end to end' }]);
    expect(await screen.findByRole('link', { name: 'Claims (Bo)' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Claims, end to end' })).toBeNull();
    expect(screen.getByText(/Your new name “Claims, end to end” was not saved/).textContent).toContain(
      'The latest version is shown — it is named “Claims (Bo)”.',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Rename again' }));
    const again = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Name' });
    expect(again.value).toBe('Claims, end to end');
    expect(screen.getByText('Current name: “Claims (Bo)”')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(server.state.patches).toHaveLength(2));
    expect(server.state.patches[1]).toEqual({ ifMatch: '"6"', name: 'Claims, end to end' });
    expect(await screen.findByRole('link', { name: 'Claims, end to end' })).toBeTruthy();
  });
});

describe('JourneysPage paging', () => {
  it('shows the first page, then loads the next one with its cursor when asked', async () => {
    const first = Array.from({ length: 3 }, (_, i) => journey({ id: `j${i}`, name: `First page ${i}` }));
    const second = [journey({ id: 'j9', name: 'Second page' })];
    renderWith((method, path, _body, _headers, search) => {
      const cursor = search.get('cursor');
      if (method === 'GET' && path === '/api/workspaces/ws1/journeys' && cursor === null) return { status: 200, body: { items: first, nextCursor: 'next-1' } };
      if (method === 'GET' && path === '/api/workspaces/ws1/journeys' && cursor === 'next-1') {
        return { status: 200, body: { items: second, nextCursor: null } };
      }
      return NOT_FOUND;
    });
    expect(await screen.findByText('First page 2')).toBeTruthy();
    expect(screen.getByText(/3 journeys so far/)).toBeTruthy();
    expect(screen.queryByText('Second page')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Load more journeys' }));
    expect(await screen.findByText('Second page')).toBeTruthy();
    expect(screen.getByText('First page 0')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Load more journeys' })).toBeNull());
    expect(screen.getByText(/· 4 journeys$/)).toBeTruthy();
  });
});
