import type { MeResponse } from '@cxmap/domain';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoutes, stubFetch, type FetchHandler } from '../../testing/render-app';
import { LoginPage } from './login-page';

const DEMO = { email: 'demo@cxmap.local', password: 'demo-password-1' };
const ME: MeResponse = {
  user: { id: 'u1', email: DEMO.email, name: 'Demo Lead' },
  workspaces: [{ id: 'ws-demo', name: 'Demo workspace', role: 'owner' }],
};

function renderLogin(handler: FetchHandler, path = '/login') {
  const calls = stubFetch(handler);
  const view = renderRoutes(
    [
      { path: '/login', element: <LoginPage /> },
      { path: '/w/:workspaceId', element: <p>workspace page</p> },
      { path: '/w/:workspaceId/journeys/:journeyId', element: <p>journey page</p> },
    ],
    path,
  );
  return { ...view, calls };
}

function api(options: { demo: typeof DEMO | null; login: (body: unknown) => { status: number; body?: unknown } }): FetchHandler {
  return (method, path, body) => {
    if (path === '/api/auth/options') return { status: 200, body: { demo: options.demo } };
    if (method === 'POST' && path === '/api/auth/login') return options.login(body);
    return { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } };
  };
}

afterEach(cleanup);

describe('LoginPage', () => {
  it('offers the demo with its email and opens the demo workspace in one click', async () => {
    const logins: unknown[] = [];
    const { router } = renderLogin(
      api({ demo: DEMO, login: (body) => (logins.push(body), { status: 200, body: ME }) }),
    );

    fireEvent.click(await screen.findByRole('button', { name: 'Open the demo' }));
    expect(screen.getByText(DEMO.email)).toBeTruthy();

    await screen.findByText('workspace page');
    expect(logins).toEqual([DEMO]);
    expect(router.state.location.pathname).toBe('/w/ws-demo');
  });

  it('shows no demo button when the server offers none', async () => {
    const { calls } = renderLogin(api({ demo: null, login: () => ({ status: 500 }) }));
    await screen.findByRole('button', { name: 'Log in' });
    await waitFor(() => expect(calls).toContain('GET /api/auth/options'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: 'Open the demo' })).toBeNull();
  });

  it('explains empty fields without calling the server', async () => {
    const { calls } = renderLogin(api({ demo: null, login: () => ({ status: 200, body: ME }) }));
    fireEvent.click(await screen.findByRole('button', { name: 'Log in' }));
    expect(await screen.findByText('Enter your email address')).toBeTruthy();
    expect(screen.getByText('Enter your password')).toBeTruthy();
    expect(calls).not.toContain('POST /api/auth/login');
  });

  it('says so when the email and password do not match', async () => {
    renderLogin(
      api({
        demo: null,
        login: () => ({ status: 401, body: { type: 'about:blank', title: 'Unauthorized', status: 401 } }),
      }),
    );
    fireEvent.change(await screen.findByLabelText('Email'), { target: { value: 'ada@acme.com' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'wrong password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/do not match an account/);
  });

  it('returns to the page the user asked for before logging in', async () => {
    const { router } = renderLogin(
      api({ demo: null, login: () => ({ status: 200, body: ME }) }),
      '/login?next=%2Fw%2Fws-demo%2Fjourneys%2Fj7',
    );
    fireEvent.change(await screen.findByLabelText('Email'), { target: { value: 'ada@acme.com' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'a good password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log in' }));
    await screen.findByText('journey page');
    expect(router.state.location.pathname).toBe('/w/ws-demo/journeys/j7');
  });
});
