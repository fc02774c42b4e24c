import type { CreatedInvitationResponse, InvitationDto, MeResponse, MemberDto, Role } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { MeContext } from '../../app/me-context';
import { renderRoutes, stubFetch, type FetchHandler } from '../../testing/render-app';
import { WorkspaceSettingsPage } from './workspace-settings-page';

const TOKEN = 'A'.repeat(43);
const MEMBERS: MemberDto[] = [
  { userId: 'u1', name: 'Ada Owner', email: 'ada@acme.com', role: 'owner', joinedAt: '2026-01-02T10:00:00.000Z' },
  { userId: 'u2', name: 'Vic Viewer', email: 'vic@acme.com', role: 'viewer', joinedAt: '2026-01-03T10:00:00.000Z' },
];
const PENDING: InvitationDto = {
  id: 'i1',
  email: 'old@acme.com',
  role: 'editor',
  invitedBy: 'Ada Owner',
  createdAt: new Date().toISOString(),
  expiresAt: new Date(Date.now() + 6 * 86_400_000).toISOString(),
};

function me(role: Role, userId = role === 'owner' ? 'u1' : 'u2'): MeResponse {
  return { user: { id: userId, email: 'x@acme.com', name: 'X' }, workspaces: [{ id: 'ws1', name: 'Acme Care', role }] };
}

function renderSettings(role: Role, handler: FetchHandler) {
  const calls = stubFetch(handler);
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

const server: FetchHandler = (method, path, body) => {
  if (method === 'GET' && path === '/api/workspaces/ws1/members') return { status: 200, body: { items: MEMBERS, nextCursor: null } };
  if (method === 'GET' && path === '/api/workspaces/ws1/invitations') return { status: 200, body: { items: [PENDING], nextCursor: null } };
  if (method === 'GET' && path === '/api/workspaces/ws1/api-keys') return { status: 200, body: [] };
  if (method === 'POST' && path === '/api/workspaces/ws1/invitations') {
    const { email, role } = body as { email: string; role: Role };
    if (email === 'vic@acme.com') {
      return { status: 409, body: { type: 'x', title: 'Already a member', status: 409, code: 'ALREADY_MEMBER', detail: 'vic@acme.com is already a member of this workspace.' } };
    }
    if (email === 'bad@acme.invalid') {
      return { status: 400, body: { type: 'x', title: 'Invalid', status: 400, errors: [{ path: 'email', message: 'email must be an email' }] } };
    }
    const created: CreatedInvitationResponse = { invitation: { ...PENDING, id: 'i2', email, role }, link: `/invite/${TOKEN}` };
    return { status: 201, body: created };
  }
  return { status: 404, body: { type: 'x', title: 'Not Found', status: 404 } };
};

afterEach(() => {
  cleanup();
  notifications.clean();
});

describe('WorkspaceSettingsPage', () => {
  it('lets an owner manage roles, invite by email and see the link once', async () => {
    const calls = renderSettings('owner', server);
    const members = await screen.findByRole('table', { name: 'Members' });
    expect(await within(members).findByRole('combobox', { name: 'Role of Vic Viewer' })).toBeTruthy();
    expect(within(members).getByRole('button', { name: 'Remove Vic Viewer' })).toBeTruthy();
    expect(within(members).queryByRole('button', { name: 'Remove Ada Owner' })).toBeNull();
    expect(await screen.findByText('old@acme.com')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete workspace' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'View activity' }).getAttribute('href')).toBe('/w/ws1/activity');

    const form = screen.getByRole('form', { name: 'Invite by email' });
    fireEvent.change(within(form).getByLabelText('Email'), { target: { value: 'new@acme.com' } });
    fireEvent.change(within(form).getByLabelText('Role'), { target: { value: 'commenter' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create invitation link' }));

    const link = await screen.findByRole<HTMLInputElement>('textbox', { name: 'Invitation link' });
    expect(link.value).toBe(`${window.location.origin}/invite/${TOKEN}`);
    expect(screen.getByText(/shown only this once/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
    expect(calls).toContain('POST /api/workspaces/ws1/invitations');

    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Invitation link' })).toBeNull());
    // The owner's page renders every section: room for a loaded CI machine (not a speed assertion).
  }, 20_000);

  it('shows the API’s field errors and problems on the invite form', async () => {
    renderSettings('owner', server);
    const form = await screen.findByRole('form', { name: 'Invite by email' });
    const email = within(form).getByLabelText('Email');

    fireEvent.click(within(form).getByRole('button', { name: 'Create invitation link' }));
    expect(await within(form).findByText('Enter the email address of the person to invite')).toBeTruthy();

    fireEvent.change(email, { target: { value: 'bad@acme' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create invitation link' }));
    expect(await within(form).findByText('Enter an email address like name@company.com')).toBeTruthy();

    fireEvent.change(email, { target: { value: 'bad@acme.invalid' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create invitation link' }));
    expect(await within(form).findByText('email must be an email')).toBeTruthy();
    expect(email.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(email, { target: { value: 'vic@acme.com' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create invitation link' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('vic@acme.com is already a member of this workspace.');
  });

  it.each(['viewer', 'commenter', 'editor'] as const)('shows a %s the members read-only, with leave but no invite or delete', async (role) => {
    const calls = renderSettings(role, server);
    const members = await screen.findByRole('table', { name: 'Members' });
    expect(await within(members).findByText('Vic Viewer')).toBeTruthy();
    expect(within(members).getByText('Owner')).toBeTruthy();
    expect(within(members).queryByRole('combobox')).toBeNull();
    expect(within(members).queryByRole('button', { name: /Remove/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Invite by email' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete workspace' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'View activity' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Workspace name' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Leave workspace' })).toBeTruthy();
    expect(calls).not.toContain('GET /api/workspaces/ws1/invitations');
  });
});
