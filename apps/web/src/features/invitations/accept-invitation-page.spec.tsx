import type { AcceptInvitationResponse, InvitationPreviewDto, MeResponse } from '@cxmap/domain';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoutes, stubFetch, type FetchHandler } from '../../testing/render-app';
import { AcceptInvitationPage } from './accept-invitation-page';

const TOKEN = 'T'.repeat(43);
const PREVIEW: InvitationPreviewDto = {
  workspaceName: 'Acme Care',
  email: 'vera@acme.com',
  role: 'viewer',
  inviterName: 'Ada Owner',
  expiresAt: new Date(Date.now() + 6 * 86_400_000).toISOString(),
};
const JOINED: MeResponse = {
  user: { id: 'u9', email: 'vera@acme.com', name: 'Vera' },
  workspaces: [{ id: 'ws1', name: 'Acme Care', role: 'viewer' }],
};
const UNAUTHENTICATED = { status: 401, body: { type: 'x', title: 'Sign in to continue', status: 401, code: 'UNAUTHENTICATED' } };

function renderInvite(handler: FetchHandler) {
  const calls = stubFetch(handler);
  const { router } = renderRoutes(
    [
      { path: '/invite/:token', element: <AcceptInvitationPage /> },
      { path: '/w/:workspaceId', element: <p>workspace</p> },
      { path: '/login', element: <p>login</p> },
    ],
    `/invite/${TOKEN}`,
  );
  return { calls, router };
}

afterEach(cleanup);

describe('AcceptInvitationPage', () => {
  it('creates the invited account, with the API’s field errors on the form', async () => {
    const bodies: unknown[] = [];
    const { router } = renderInvite((method, path, body) => {
      if (path === `/api/invitations/${TOKEN}`) return { status: 200, body: PREVIEW };
      if (path === '/api/auth/me') return UNAUTHENTICATED;
      if (method === 'POST' && path === `/api/invitations/${TOKEN}/accept`) {
        bodies.push(body);
        if (bodies.length === 1) {
          return { status: 400, body: { type: 'x', title: 'Invalid', status: 400, errors: [{ path: 'password', message: 'password is too common' }] } };
        }
        return { status: 200, body: { workspaceId: 'ws1', me: JOINED } satisfies AcceptInvitationResponse };
      }
      return { status: 404, body: { type: 'x', title: 'Not Found', status: 404 } };
    });

    expect(await screen.findByRole('heading', { name: 'Join Acme Care' })).toBeTruthy();
    expect(screen.getByText(/Ada Owner invited/)).toBeTruthy();
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('vera@acme.com');
    expect(screen.getByRole('link', { name: 'Log in to accept' }).getAttribute('href')).toBe(`/login?next=%2Finvite%2F${TOKEN}`);

    fireEvent.click(screen.getByRole('button', { name: 'Create account and join' }));
    expect(await screen.findByText('Enter your name')).toBeTruthy();
    expect(bodies).toEqual([]);

    fireEvent.change(screen.getByLabelText('Name'), { target: { value: ' Vera ' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'long enough password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create account and join' }));
    expect(await screen.findByText('password is too common')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Create account and join' }));
    await screen.findByText('workspace');
    expect(router.state.location.pathname).toBe('/w/ws1');
    expect(bodies[1]).toEqual({ name: 'Vera', password: 'long enough password' });
  });

  it('lets the signed-in invitee join with one click', async () => {
    const { router, calls } = renderInvite((method, path) => {
      if (path === `/api/invitations/${TOKEN}`) return { status: 200, body: PREVIEW };
      if (path === '/api/auth/me') return { status: 200, body: { ...JOINED, workspaces: [] } };
      if (method === 'POST' && path === `/api/invitations/${TOKEN}/accept`) return { status: 200, body: { workspaceId: 'ws1', me: JOINED } };
      return { status: 404, body: { type: 'x', title: 'Not Found', status: 404 } };
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Join Acme Care' }));
    await screen.findByText('workspace');
    expect(router.state.location.pathname).toBe('/w/ws1');
    expect(calls).toContain(`POST /api/invitations/${TOKEN}/accept`);
    expect(screen.queryByLabelText('Password')).toBeNull();
  });

  it('tells someone signed in as another person to log out first', async () => {
    renderInvite((_method, path) => {
      if (path === `/api/invitations/${TOKEN}`) return { status: 200, body: PREVIEW };
      if (path === '/api/auth/me') return { status: 200, body: { ...JOINED, user: { ...JOINED.user, email: 'bob@acme.com' } } };
      return { status: 404, body: { type: 'x', title: 'Not Found', status: 404 } };
    });
    expect(await screen.findByText('This invitation is for someone else')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Log out and continue' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Join Acme Care' })).toBeNull();
  });

  it('says when the link is no longer valid', async () => {
    renderInvite((_method, path) => {
      if (path === '/api/auth/me') return UNAUTHENTICATED;
      return { status: 404, body: { type: 'x', title: 'Not found', status: 404, code: 'INVITATION_NOT_FOUND' } };
    });
    expect(await screen.findByRole('heading', { name: 'This invitation link is not valid' })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Create account and join' })).toBeNull());
  });
});
