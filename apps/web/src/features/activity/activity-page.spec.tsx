import type { AuditEventDto, AuditFiltersResponse, AuditPage, MeResponse, Role } from '@cxmap/domain';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { MeContext } from '../../app/me-context';
import { renderRoutes, stubFetch, type FetchHandler } from '../../testing/render-app';
import { AppHeader } from '../../ui/app-header';
import { ActivityPage } from './activity-page';

const minutesAgo = (minutes: number): string => new Date(Date.now() - minutes * 60_000).toISOString();

const BATCH: AuditEventDto = {
  id: '12',
  occurredAt: minutesAgo(5),
  actor: { kind: 'user', id: 'u2', label: 'Eddie Editor' },
  action: 'journey.changed',
  journey: { id: 'j1', name: 'Online order' },
  summary: 'Added touchpoint “Pays”, moved 1 touchpoint',
  change: {
    ops: [
      { op: 'create', entity: 'touchpoint', id: 'aaaaaaaa-1', data: { title: 'Pays' } },
      { op: 'update', entity: 'touchpoint', id: 'bbbbbbbb-2', version: 2, data: { position: { x: 40, y: 80 } } },
    ],
  },
};
const ROLE_CHANGE: AuditEventDto = {
  id: '11',
  occurredAt: minutesAgo(60 * 26),
  actor: { kind: 'user', id: 'u1', label: 'Ada Owner' },
  action: 'member.role_changed',
  journey: null,
  summary: 'Changed Eddie Editor’s role from Viewer to Editor',
  change: { userId: 'u2', before: { role: 'viewer' }, after: { role: 'editor' } },
};
const DELETED: AuditEventDto = {
  id: '10',
  occurredAt: minutesAgo(60 * 50),
  actor: { kind: 'user', id: 'u3', label: 'Fred Former' },
  action: 'journey.deleted',
  journey: { id: 'j9', name: 'Old map' },
  summary: 'Deleted the journey “Old map”',
  change: null,
};
const SEEDED: AuditEventDto = {
  id: '1',
  occurredAt: minutesAgo(60 * 24 * 20),
  actor: { kind: 'system', id: null, label: 'CXMap' },
  action: 'workspace.created',
  journey: null,
  summary: 'Created the workspace “Acme”',
  change: { name: 'Acme' },
};
const INGEST: AuditEventDto = {
  id: '15',
  occurredAt: minutesAgo(2),
  actor: { kind: 'api_key', id: 'k1', label: 'Survey tool' },
  action: 'measurements.recorded',
  journey: { id: 'j1', name: 'Online order' },
  summary: 'Recorded 3 measurements of Net Promoter Score (NPS) for 2025-01-01 to 2025-03-01 (2 new, 1 replaced)',
  change: {
    inserted: 2,
    updated: 1,
    groups: [{ attachmentId: 'a1', metric: 'nps', period: 'month', from: '2025-01-01', to: '2025-03-01', rows: 3 }],
  },
};
const SHARED: AuditEventDto = {
  id: '14',
  occurredAt: minutesAgo(3),
  actor: { kind: 'user', id: 'u2', label: 'Eddie Editor' },
  action: 'share_link.created',
  journey: { id: 'j1', name: 'Online order' },
  summary: 'Created a share link “Board” (expires 2026-06-12, no exports)',
  change: { shareLinkId: 'l1', label: 'Board', allowExport: false, expiresAt: '2026-06-12T10:00:00.000Z' },
};
const RETARGETED: AuditEventDto = {
  id: '13',
  occurredAt: minutesAgo(4),
  actor: { kind: 'user', id: 'u1', label: 'Ada Owner' },
  action: 'metric.updated',
  journey: { id: 'j1', name: 'Online order' },
  summary: 'Changed Net Promoter Score (NPS) on the touchpoint “Pays”: target 40 → 45, made it a key metric',
  change: { attachmentId: 'a1', metric: 'nps', touchpointId: 't1', before: { target: 40, isKey: false }, after: { target: 45, isKey: true } },
};
const IMPORTED: AuditEventDto = {
  id: '9',
  occurredAt: minutesAgo(60 * 60),
  actor: { kind: 'user', id: 'u1', label: 'Ada Owner' },
  action: 'journey.imported',
  journey: { id: 'j1', name: 'Online order' },
  summary: 'Imported the journey “Online order” from a Mermaid journey: added stage “Buy”',
  change: { format: 'mermaid', ops: [{ op: 'create', entity: 'stage', id: 'cccccccc-3', data: { name: 'Buy' } }] },
};
const FILTERS: AuditFiltersResponse = {
  people: [
    { id: 'u1', name: 'Ada Owner', member: true },
    { id: 'u2', name: 'Eddie Editor', member: true },
    { id: 'u3', name: 'Fred Former', member: false },
  ],
  apiKeys: [
    { id: 'k1', name: 'Survey tool', active: true },
    { id: 'k2', name: 'Old CRM sync', active: false },
  ],
  journeys: [
    { id: 'j1', name: 'Online order', exists: true },
    { id: 'j9', name: 'Old map', exists: false },
  ],
};

function me(role: Role): MeResponse {
  return { user: { id: 'u1', email: 'ada@acme.com', name: 'Ada Owner' }, workspaces: [{ id: 'ws1', name: 'Acme', role }] };
}

function renderActivity(role: Role, handler: FetchHandler, path = '/w/ws1/activity') {
  const calls: string[] = [];
  stubFetch((method, pathname, body, headers, search) => {
    calls.push(`${method} ${pathname}${search.size > 0 ? `?${search.toString()}` : ''}`);
    return handler(method, pathname, body, headers, search);
  });
  const rendered = renderRoutes(
    [
      {
        element: (
          <MeContext value={me(role)}>
            <Outlet />
          </MeContext>
        ),
        children: [{ path: '/w/:workspaceId/activity', element: <ActivityPage /> }],
      },
    ],
    path,
  );
  return { calls, router: rendered.router };
}

const page = (items: AuditEventDto[], nextCursor: string | null = null): { status: number; body: AuditPage } => ({
  status: 200,
  body: { items, nextCursor },
});

function server(pages: Record<string, { status: number; body?: unknown }>): FetchHandler {
  return (_method, path, _body, _headers, search) => {
    if (path === '/api/workspaces/ws1/audit/filters') return { status: 200, body: FILTERS };
    if (path === '/api/workspaces/ws1/audit') return pages[search.toString()] ?? page([]);
    return { status: 404, body: { type: 'x', title: 'Not Found', status: 404 } };
  };
}

afterEach(() => cleanup());

// Rendering the Mantine feed in jsdom takes seconds on a loaded 2-core machine: a wider budget than the 5 s default.
describe('ActivityPage', { timeout: 20_000 }, () => {
  it('shows who did what, when and on which journey, with the change behind a toggle', async () => {
    renderActivity('owner', server({ '': page([BATCH, ROLE_CHANGE, DELETED, SEEDED]) }));
    const feed = await screen.findByRole('list', { name: 'Activity' });
    const rows = within(feed).getAllByRole('listitem');
    expect(rows).toHaveLength(4);

    const batch = rows[0] as HTMLElement;
    expect(within(batch).getByText('Added touchpoint “Pays”, moved 1 touchpoint')).toBeTruthy();
    expect(within(batch).getByText('Eddie Editor')).toBeTruthy();
    expect(within(batch).getByText('Journey edited')).toBeTruthy();
    expect(within(batch).getByRole('link', { name: 'Online order' }).getAttribute('href')).toBe('/w/ws1/journeys/j1');
    const time = within(batch).getByText('5 minutes ago');
    expect(time.tagName).toBe('TIME');
    expect(time.getAttribute('datetime')).toBe(BATCH.occurredAt);

    const toggle = within(batch).getByRole('button', { name: 'Show details' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    const ops = await within(batch).findByRole('list', { name: 'Operations' });
    expect(within(ops).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Added touchpoint “Pays”',
      'Moved touchpoint bbbbbbbb: position (40, 80)',
    ]);
    expect(within(batch).getByRole('button', { name: 'Hide details' }).getAttribute('aria-expanded')).toBe('true');

    fireEvent.click(within(rows[1] as HTMLElement).getByRole('button', { name: 'Show details' }));
    expect((await within(rows[1] as HTMLElement).findByText(/"before"/)).textContent).toContain('"role": "viewer"');

    // A deleted journey is named, not linked; an event without a change has no toggle.
    const deleted = rows[2] as HTMLElement;
    expect(within(deleted).getByText('Old map (deleted)')).toBeTruthy();
    expect(within(deleted).queryByRole('link')).toBeNull();
    expect(within(deleted).queryByRole('button', { name: 'Show details' })).toBeNull();
    expect(within(rows[3] as HTMLElement).getByText('CXMap (automatic)')).toBeTruthy();
    expect(screen.getByText('That is everything.')).toBeTruthy();
  });

  it('loads older events a page at a time', async () => {
    const { calls } = renderActivity('owner', server({ '': page([BATCH, ROLE_CHANGE], '11'), 'cursor=11': page([DELETED, SEEDED]) }));
    const feed = await screen.findByRole('list', { name: 'Activity' });
    expect(within(feed).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(within(feed).getAllByRole('listitem')).toHaveLength(4));
    expect(calls).toContain('GET /api/workspaces/ws1/audit?cursor=11');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(screen.getByText('That is everything.')).toBeTruthy();
  });

  it('takes its filters from the URL, says when nothing matches, and clears them', async () => {
    const { calls, router } = renderActivity(
      'owner',
      server({ 'journeyId=j9&actorUserId=u2': page([]), '': page([SEEDED]) }),
      '/w/ws1/activity?journey=j9&person=u2',
    );
    expect(await screen.findByText('Nothing matches these filters')).toBeTruthy();
    expect(calls).toContain('GET /api/workspaces/ws1/audit?journeyId=j9&actorUserId=u2');
    await waitFor(() => expect((screen.getByLabelText('Journey', { selector: 'input' }) as HTMLInputElement).value).toBe('Old map (deleted)'));
    expect((screen.getByLabelText('Changed by', { selector: 'input' }) as HTMLInputElement).value).toBe('Eddie Editor');

    fireEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0] as HTMLElement);
    expect(await screen.findByText('Created the workspace “Acme”')).toBeTruthy();
    expect(router.state.location.search).toBe('');
    expect(calls).toContain('GET /api/workspaces/ws1/audit');
  });

  it('shows integrations, sharing, metric changes and imports readably, an API key with its key icon', async () => {
    renderActivity('owner', server({ '': page([INGEST, SHARED, RETARGETED, IMPORTED]) }));
    const feed = await screen.findByRole('list', { name: 'Activity' });
    const [ingest, shared, retargeted, imported] = within(feed).getAllByRole('listitem') as HTMLElement[];
    if (!ingest || !shared || !retargeted || !imported) throw new Error('missing rows');

    expect(within(ingest).getByText('API key “Survey tool”')).toBeTruthy();
    expect(within(ingest).getByText('Measurements recorded')).toBeTruthy();
    expect(ingest.querySelector('.tabler-icon-key')).not.toBeNull();
    expect(shared.querySelector('.tabler-icon-key')).toBeNull();
    const details = async (row: HTMLElement): Promise<string[]> => {
      fireEvent.click(within(row).getByRole('button', { name: 'Show details' }));
      const lines = await within(row).findByRole('list', { name: 'Change' });
      return within(lines).getAllByRole('listitem').map((item) => item.textContent ?? '');
    };
    expect(await details(ingest)).toEqual(['New: 2', 'Replaced: 1', 'nps, monthly, 2025-01-01 to 2025-03-01: 3 rows']);

    expect(within(shared).getByText('Share link created')).toBeTruthy();
    expect(await details(shared)).toEqual(['Label: “Board”', 'Expires: 2026-06-12', 'Exports allowed: no']);

    expect(within(retargeted).getByText('Metric thresholds changed')).toBeTruthy();
    expect(await details(retargeted)).toEqual(['Metric: nps', 'Target: 40 → 45', 'Key metric: no → yes']);

    expect(within(imported).getByText('Journey imported')).toBeTruthy();
    expect(await details(imported)).toEqual(['Imported from: Mermaid journey']);
    expect(within(within(imported).getByRole('list', { name: 'Operations' })).getByText('Added stage “Buy”')).toBeTruthy();
    // Readable lines replace the raw JSON.
    expect(feed.querySelector('pre')).toBeNull();
  });

  it('filters by an API key from the URL, lists keys apart from people, and switches to a person', async () => {
    const { calls, router } = renderActivity(
      'owner',
      server({ 'actorApiKeyId=k2': page([INGEST]), 'actorUserId=u1': page([RETARGETED]) }),
      '/w/ws1/activity?key=k2',
    );
    expect(await screen.findByText(INGEST.summary)).toBeTruthy();
    expect(calls).toContain('GET /api/workspaces/ws1/audit?actorApiKeyId=k2');
    const changedBy = screen.getByLabelText('Changed by', { selector: 'input' }) as HTMLInputElement;
    await waitFor(() => expect(changedBy.value).toBe('Old CRM sync (revoked)'));

    fireEvent.click(changedBy);
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getByText('People')).toBeTruthy();
    expect(within(listbox).getByText('API keys')).toBeTruthy();
    expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual([
      'Ada Owner',
      'Eddie Editor',
      'Fred Former (former member)',
      'Survey tool',
      'Old CRM sync (revoked)',
    ]);
    fireEvent.click(within(listbox).getByRole('option', { name: 'Ada Owner' }));
    expect(await screen.findByText(RETARGETED.summary)).toBeTruthy();
    expect(router.state.location.search).toBe('?person=u1');
    expect(calls).toContain('GET /api/workspaces/ws1/audit?actorUserId=u1');
  });

  it('has an empty state and an error state with a retry', async () => {
    renderActivity('owner', server({ '': page([]) }));
    expect(await screen.findByText('No activity yet')).toBeTruthy();
    cleanup();

    let fail = true;
    renderActivity('owner', (method, path, body, headers, search) =>
      path === '/api/workspaces/ws1/audit' && fail
        ? { status: 500, body: { type: 'x', title: 'Internal error', status: 500 } }
        : server({ '': page([SEEDED]) })(method, path, body, headers, search),
    );
    expect(await screen.findByText('The activity could not be loaded')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Created the workspace “Acme”')).toBeTruthy();
  });

  it.each(['editor', 'commenter', 'viewer'] as const)('tells a %s that only owners can see activity, without asking the API', async (role) => {
    const { calls } = renderActivity(role, server({}));
    expect(await screen.findByRole('heading', { name: 'Only owners can see activity' })).toBeTruthy();
    expect(calls).toEqual([]);
  });

  it('shows the owners-only state when the API refuses (the role changed meanwhile)', async () => {
    renderActivity('owner', (method, path, body, headers, search) =>
      path === '/api/workspaces/ws1/audit'
        ? { status: 403, body: { type: 'x', title: 'Forbidden', status: 403, code: 'FORBIDDEN' } }
        : server({})(method, path, body, headers, search),
    );
    expect(await screen.findByRole('heading', { name: 'Only owners can see activity' })).toBeTruthy();
  });
});

describe('AppHeader activity link', () => {
  const props = {
    user: { id: 'u1', email: 'ada@acme.com', name: 'Ada Owner' },
    workspaces: [{ id: 'ws1', name: 'Acme', role: 'owner' as const }],
    currentWorkspace: { id: 'ws1', name: 'Acme', role: 'owner' as const },
    homeHref: '/w/ws1',
    settingsHref: '/w/ws1/settings',
    onSelectWorkspace: () => undefined,
    onCreateWorkspace: () => undefined,
    onLogout: () => undefined,
  };

  it('links to the activity page only when given a link', () => {
    stubFetch(() => ({ status: 404 }));
    renderRoutes([{ path: '/', element: <AppHeader {...props} activityHref="/w/ws1/activity" /> }], '/');
    expect(screen.getByRole('link', { name: 'Workspace activity' }).getAttribute('href')).toBe('/w/ws1/activity');
    cleanup();
    renderRoutes([{ path: '/', element: <AppHeader {...props} activityHref={null} /> }], '/');
    expect(screen.queryByRole('link', { name: 'Workspace activity' })).toBeNull();
  });
});
