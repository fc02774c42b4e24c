import type { ApiKeyDto, ApiKeyScope, CreatedApiKeyResponse, MeResponse, Role } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { MeContext } from '../../app/me-context';
import { renderRoutes, stubFetch, type FetchHandler } from '../../testing/render-app';
import { WorkspaceSettingsPage } from './workspace-settings-page';

const SECRET = `cxk_${'Q'.repeat(43)}`;
const SURVEY: ApiKeyDto = {
  id: 'k1',
  name: 'Survey tool',
  scopes: ['read', 'ingest'],
  prefix: 'cxk_AbCd',
  createdBy: 'Ada Owner',
  createdAt: '2026-01-02T10:00:00.000Z',
  lastUsedAt: null,
};
const BI: ApiKeyDto = { ...SURVEY, id: 'k2', name: 'BI dashboard', scopes: ['read'], prefix: 'cxk_WxYz', createdBy: null, lastUsedAt: new Date().toISOString() };
const KEYS_PATH = '/api/workspaces/ws1/api-keys';

function me(role: Role): MeResponse {
  return { user: { id: 'u1', email: 'ada@acme.com', name: 'Ada' }, workspaces: [{ id: 'ws1', name: 'Acme Care', role }] };
}

function renderSettings(role: Role, handler: FetchHandler) {
  const calls = stubFetch((method, path, body, headers, search) => {
    if (method === 'GET' && (path.endsWith('/members') || path.endsWith('/invitations'))) return { status: 200, body: { items: [], nextCursor: null } };
    return handler(method, path, body, headers, search);
  });
  renderRoutes(
    [
      {
        element: (
          <MeContext value={me(role)}>
            <Outlet />
          </MeContext>
        ),
        children: [{ path: '/w/:workspaceId/settings', element: <WorkspaceSettingsPage /> }],
      },
    ],
    '/w/ws1/settings',
  );
  return calls;
}

const section = () => screen.findByRole('region', { name: 'API keys' });

afterEach(() => {
  cleanup();
  notifications.clean();
});

describe('API keys section', () => {
  it('lists the keys: name, scope badges, prefix, creator, dates and "Never"', async () => {
    renderSettings('owner', (method, path) => (method === 'GET' && path === KEYS_PATH ? { status: 200, body: [SURVEY, BI] } : { status: 404 }));
    const table = await within(await section()).findByRole('table', { name: 'API keys' });
    const [, survey, bi] = within(table).getAllByRole('row');
    if (!survey || !bi) throw new Error('expected two rows');
    expect(within(survey).getByText('Survey tool')).toBeTruthy();
    expect(within(survey).getByText('Read')).toBeTruthy();
    expect(within(survey).getByText('Ingest')).toBeTruthy();
    expect(within(survey).getByText('cxk_AbCd…')).toBeTruthy();
    expect(within(survey).getByText('Ada Owner')).toBeTruthy();
    expect(within(survey).getByText('Never')).toBeTruthy();
    expect(within(bi).queryByText('Ingest')).toBeNull();
    expect(within(bi).getByText('—')).toBeTruthy();
    expect(within(bi).queryByText('Never')).toBeNull();
    expect(within(bi).getByText(/now|second|minute/)).toBeTruthy();
  });

  it('says so when there are no keys, and offers a retry when they cannot be loaded', async () => {
    let fail = true;
    renderSettings('owner', (method, path) => {
      if (method !== 'GET' || path !== KEYS_PATH) return { status: 404 };
      return fail ? { status: 500, body: { type: 'x', title: 'Boom', status: 500 } } : { status: 200, body: [] };
    });
    const region = await section();
    expect(within(region).getByRole('status', { name: 'Loading API keys' })).toBeTruthy();
    const alert = await within(region).findByRole('alert');
    expect(alert.textContent).toContain('The API keys could not be loaded');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await within(region).findByText(/No API keys yet/)).toBeTruthy();
  });

  it('creates a key: validates, then shows the secret once with a copy button and a curl example', async () => {
    const sent: unknown[] = [];
    let keys: ApiKeyDto[] = [];
    const calls = renderSettings('owner', (method, path, body) => {
      if (method === 'GET' && path === KEYS_PATH) return { status: 200, body: keys };
      if (method === 'POST' && path === KEYS_PATH) {
        sent.push(body);
        const { name, scopes } = body as { name: string; scopes: ApiKeyScope[] };
        if (name === 'Taken') return { status: 400, body: { type: 'x', title: 'Invalid', status: 400, errors: [{ path: 'scopes.0', message: 'each value in scopes must be one of read, ingest' }] } };
        const apiKey: ApiKeyDto = { ...SURVEY, id: 'k9', name, scopes };
        keys = [apiKey];
        const created: CreatedApiKeyResponse = { apiKey, secret: SECRET };
        return { status: 201, body: created };
      }
      return { status: 404 };
    });
    fireEvent.click(within(await section()).getByRole('button', { name: 'Create API key' }));
    const form = await screen.findByRole('form', { name: 'Create API key' });
    const name = within(form).getByLabelText('Name');
    const read = within(form).getByRole('checkbox', { name: /Read/ });
    const ingest = within(form).getByRole('checkbox', { name: /Ingest/ });
    expect(within(form).getByText('Lists and reads the journeys of this workspace')).toBeTruthy();
    expect((read as HTMLInputElement).checked).toBe(true);

    fireEvent.click(read);
    fireEvent.click(within(form).getByRole('button', { name: 'Create key' }));
    expect(await within(form).findByText('Name the key after the integration that uses it')).toBeTruthy();
    expect(within(form).getByText('Choose at least one scope')).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.change(name, { target: { value: 'Taken' } });
    fireEvent.click(ingest);
    fireEvent.click(within(form).getByRole('button', { name: 'Create key' }));
    expect(await within(form).findByText('each value in scopes must be one of read, ingest')).toBeTruthy();

    fireEvent.change(name, { target: { value: '  Survey tool ' } });
    fireEvent.click(read);
    fireEvent.click(within(form).getByRole('button', { name: 'Create key' }));
    const secret = await screen.findByRole<HTMLInputElement>('textbox', { name: 'API key' });
    expect(secret.value).toBe(SECRET);
    expect(sent.at(-1)).toEqual({ name: 'Survey tool', scopes: ['read', 'ingest'] });
    expect(calls).toContain(`POST ${KEYS_PATH}`);
    const created = screen.getByRole('region', { name: 'New API key' });
    expect(within(created).getByText(/shown only this once/)).toBeTruthy();
    expect(within(created).getByRole('button', { name: 'Copy key' })).toBeTruthy();
    expect(within(created).getByLabelText('Example request').textContent).toBe(
      `curl -H "Authorization: Bearer ${SECRET}" \\\n  ${window.location.origin}/api/workspaces/ws1/journeys`,
    );

    fireEvent.click(within(created).getByRole('button', { name: 'Done, I copied it' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'API key' })).toBeNull());
    const table = await within(await section()).findByRole('table', { name: 'API keys' });
    expect(within(table).getByText('Survey tool')).toBeTruthy();
    expect(document.body.textContent).not.toContain(SECRET);
    // Many steps through a modal: room for a loaded CI machine (not a speed assertion).
  }, 20_000);

  it('revokes after a confirmation that names the key', async () => {
    let keys = [SURVEY, BI];
    const calls = renderSettings('owner', (method, path) => {
      if (method === 'GET' && path === KEYS_PATH) return { status: 200, body: keys };
      if (method === 'DELETE' && path === `${KEYS_PATH}/k2`) {
        keys = [SURVEY];
        return { status: 204 };
      }
      return { status: 404 };
    });
    const table = await within(await section()).findByRole('table', { name: 'API keys' });
    fireEvent.click(within(table).getByRole('button', { name: 'Revoke the API key BI dashboard' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke “BI dashboard”?' });
    expect(within(dialog).getByText('cxk_WxYz…')).toBeTruthy();
    expect(calls).not.toContain(`DELETE ${KEYS_PATH}/k2`);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke key' }));
    await waitFor(() => expect(within(table).queryByText('BI dashboard')).toBeNull());
    expect(calls).toContain(`DELETE ${KEYS_PATH}/k2`);
    expect(within(table).getByText('Survey tool')).toBeTruthy();
  });

  it.each(['editor', 'commenter', 'viewer'] as const)('is hidden from a %s, who never asks for the keys', async (role) => {
    const calls = renderSettings(role, () => ({ status: 404 }));
    expect(await screen.findByRole('region', { name: 'Members' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'API keys' })).toBeNull();
    expect(calls).not.toContain(`GET ${KEYS_PATH}`);
  });
});
