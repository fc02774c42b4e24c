import type { MeResponse } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { MeContext } from '../../app/me-context';
import { renderRoutes, stubFetch, type FetchHandler } from '../../testing/render-app';
import { AccountPage } from './account-page';

const ME: MeResponse = { user: { id: 'u1', email: 'ada@acme.com', name: 'Ada Lovelace' }, workspaces: [{ id: 'ws1', name: 'Acme Care', role: 'owner' }] };

function renderAccount(handler: FetchHandler) {
  const calls = stubFetch(handler);
  const result = renderRoutes(
    [
      {
        element: (
          <MeContext value={ME}>
            <Outlet />
          </MeContext>
        ),
        children: [{ path: '/account', element: <AccountPage /> }],
      },
      { path: '/login', element: <p>Login page</p> },
    ],
    '/account',
  );
  return { calls, router: result.router };
}

const server: FetchHandler = (method, path, body) => {
  if (method === 'PATCH' && path === '/api/account') return { status: 200, body: { ...ME.user, ...(body as object) } };
  if (method === 'POST' && path === '/api/account/password') {
    const { currentPassword } = body as { currentPassword: string };
    if (currentPassword !== 'right password') {
      return { status: 400, body: { type: 'x', title: 'The password is wrong', status: 400, code: 'WRONG_PASSWORD', errors: [{ path: 'currentPassword', message: 'The password is wrong' }] } };
    }
    return { status: 204 };
  }
  if (method === 'DELETE' && path === '/api/account') {
    return { status: 409, body: { type: 'x', title: 'Sole owner', status: 409, code: 'SOLE_OWNER', detail: 'You are the only owner of “Acme Care”.' } };
  }
  if (method === 'POST' && path === '/api/account/logout-everywhere') return { status: 204 };
  return { status: 404, body: { type: 'x', title: 'Not Found', status: 404 } };
};

afterEach(() => {
  cleanup();
  notifications.clean();
});

describe('AccountPage', () => {
  it('saves the name', async () => {
    const { calls } = renderAccount(server);
    const form = screen.getByRole('form', { name: 'Profile' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: '  Ada King ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Your name was saved.')).toBeTruthy();
    expect(calls).toContain('PATCH /api/account');
  });

  it('checks the new password locally and shows a wrong current password on its field', async () => {
    const { calls } = renderAccount(server);
    const form = screen.getByRole('form', { name: 'Change password' });
    const type = (label: string, value: string) => fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    type('Current password', 'wrong password');
    type('New password', 'short');
    type('Confirm new password', 'other');
    fireEvent.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(await within(form).findByText('Use at least 10 characters')).toBeTruthy();
    expect(within(form).getByText('The passwords do not match')).toBeTruthy();
    expect(calls).not.toContain('POST /api/account/password');

    type('New password', 'a long new password');
    type('Confirm new password', 'a long new password');
    fireEvent.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(await within(form).findByText('The password is wrong')).toBeTruthy();

    type('Current password', 'right password');
    fireEvent.click(within(form).getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Your other sessions were signed out.')).toBeTruthy();
  });

  it('shows why deleting the account was refused', async () => {
    renderAccount(server);
    fireEvent.click(screen.getByRole('button', { name: 'Delete account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete your account?' });
    fireEvent.change(within(dialog).getByLabelText('Your password'), { target: { value: 'right password' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete account' }));
    expect(await within(dialog).findByText('You are the only owner of “Acme Care”.')).toBeTruthy();
  });

  it('logs out everywhere after confirming, and goes to the login page', async () => {
    const { calls, router } = renderAccount(server);
    fireEvent.click(screen.getByRole('button', { name: 'Log out everywhere' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log out everywhere?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Log out everywhere' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(calls).toContain('POST /api/account/logout-everywhere');
  });
});
