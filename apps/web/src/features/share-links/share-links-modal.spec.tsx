import type { CreatedShareLinkResponse, ShareLinkDto } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoutes, stubFetch, type FetchHandler } from '../../testing/render-app';
import { ShareLinksModal } from './share-links-modal';

const TOKEN = 'S'.repeat(43);
const DAY_MS = 86_400_000;
const LINKS_PATH = '/api/journeys/j1/share-links';
const BOARD: ShareLinkDto = {
  id: 'l1',
  label: 'Board review',
  allowExport: true,
  createdAt: new Date(Date.now() - DAY_MS).toISOString(),
  expiresAt: new Date(Date.now() + 6 * DAY_MS).toISOString(),
  lastOpenedAt: null,
  createdBy: { id: 'u1', name: 'Ada Owner' },
};

function renderModal(handler: FetchHandler) {
  const calls = stubFetch(handler);
  renderRoutes([{ path: '/', element: <ShareLinksModal journeyId="j1" opened onClose={() => undefined} /> }], '/');
  return calls;
}

afterEach(() => {
  cleanup();
  notifications.clean();
});

describe('ShareLinksModal', () => {
  it('says when there is no active link, after loading', async () => {
    renderModal(() => ({ status: 200, body: [] }));
    expect(screen.getByRole('status', { name: 'Loading share links' })).toBeTruthy();
    expect(await screen.findByText(/No active links/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'Active share links' })).toBeNull();
  });

  it('creates a link, shows its URL once with a copy button, and lists it', async () => {
    const links: ShareLinkDto[] = [];
    const bodies: unknown[] = [];
    renderModal((method, path, body) => {
      if (method === 'GET' && path === LINKS_PATH) return { status: 200, body: links };
      if (method === 'POST' && path === LINKS_PATH) {
        bodies.push(body);
        const created: CreatedShareLinkResponse = { ...BOARD, token: TOKEN };
        links.push(BOARD);
        return { status: 201, body: created };
      }
      return { status: 404, body: { type: 'x', title: 'Not Found', status: 404 } };
    });
    await screen.findByText(/No active links/);
    const form = screen.getByRole('form', { name: 'Create a share link' });
    fireEvent.change(within(form).getByLabelText('Label'), { target: { value: ' Board review ' } });
    fireEvent.change(within(form).getByLabelText('Expires'), { target: { value: '7d' } });
    fireEvent.click(within(form).getByRole('switch', { name: /Allow report downloads/ }));
    const before = Date.now();
    fireEvent.click(within(form).getByRole('button', { name: 'Create link' }));

    const created = await screen.findByRole('region', { name: 'New share link: Board review' });
    expect((within(created).getByRole('textbox', { name: 'Share link' }) as HTMLInputElement).value).toBe(`http://localhost:3000/s/${TOKEN}`);
    expect(within(created).getByText(/cannot be shown again/)).toBeTruthy();
    expect(within(created).getByRole('button', { name: 'Copy link' })).toBeTruthy();

    expect(bodies).toHaveLength(1);
    const sent = bodies[0] as { label: string; expiresAt: string; allowExport: boolean };
    expect(sent.label).toBe('Board review');
    expect(sent.allowExport).toBe(true);
    const inSevenDays = Date.parse(sent.expiresAt) - before;
    expect(inSevenDays).toBeGreaterThanOrEqual(7 * DAY_MS);
    expect(inSevenDays).toBeLessThan(7 * DAY_MS + 60_000);

    const table = await screen.findByRole('table', { name: 'Active share links' });
    expect(within(table).getByText('Board review')).toBeTruthy();
    expect(within(table).getByText('Ada Owner')).toBeTruthy();
    expect(within(table).getByText('Not yet')).toBeTruthy();
    expect(within(table).getByText('Allowed')).toBeTruthy();
    // The token is in the one-time box only, never in the list.
    expect(table.textContent).not.toContain(TOKEN);

    fireEvent.click(within(created).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /New share link/ })).toBeNull());
  });

  it('asks for a day when "On a date" is chosen, and shows the API’s field errors', async () => {
    const calls = renderModal((method, path) => {
      if (method === 'GET' && path === LINKS_PATH) return { status: 200, body: [] };
      return { status: 400, body: { type: 'x', title: 'Invalid', status: 400, errors: [{ path: 'label', message: 'label must be shorter' }] } };
    });
    await screen.findByText(/No active links/);
    const form = screen.getByRole('form', { name: 'Create a share link' });
    fireEvent.change(within(form).getByLabelText('Expires'), { target: { value: 'date' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create link' }));
    expect(await within(form).findByText('Pick the day the link stops working')).toBeTruthy();
    expect(calls.filter((c) => c.startsWith('POST'))).toEqual([]);

    fireEvent.change(within(form).getByLabelText('Expires'), { target: { value: 'never' } });
    fireEvent.change(within(form).getByLabelText('Label'), { target: { value: 'Too long, says the server' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Create link' }));
    expect(await within(form).findByText('label must be shorter')).toBeTruthy();
  });

  it('says why a link was refused when the journey has as many active links as allowed', async () => {
    const detail = 'A journey has at most 50 active share links; revoke one you no longer need first.';
    renderModal((method, path) => {
      if (method === 'GET' && path === LINKS_PATH) return { status: 200, body: [BOARD] };
      return { status: 422, body: { type: 'x', title: 'The journey has too many active share links', status: 422, code: 'TOO_MANY_SHARE_LINKS', detail } };
    });
    await screen.findByRole('table', { name: 'Active share links' });
    const form = screen.getByRole('form', { name: 'Create a share link' });
    fireEvent.click(within(form).getByRole('button', { name: 'Create link' }));
    expect(await within(form).findByText(detail)).toBeTruthy();
    expect(screen.queryByRole('region', { name: /New share link/ })).toBeNull();
  });

  it('revokes a link after confirmation', async () => {
    let links: ShareLinkDto[] = [BOARD, { ...BOARD, id: 'l2', label: null, expiresAt: null, lastOpenedAt: new Date().toISOString() }];
    const calls = renderModal((method, path) => {
      if (method === 'GET' && path === LINKS_PATH) return { status: 200, body: links };
      if (method === 'DELETE' && path === `${LINKS_PATH}/l1`) {
        links = links.filter((l) => l.id !== 'l1');
        return { status: 204 };
      }
      return { status: 404, body: { type: 'x', title: 'Not Found', status: 404 } };
    });
    const table = await screen.findByRole('table', { name: 'Active share links' });
    expect(within(table).getByText('No label')).toBeTruthy();
    expect(within(table).getByText('Never')).toBeTruthy();
    expect(within(table).getByText('just now')).toBeTruthy();

    fireEvent.click(within(table).getByRole('button', { name: 'Revoke the link “Board review”' }));
    const dialog = await screen.findByRole('dialog', { name: 'Revoke share link?' });
    expect(calls).not.toContain(`DELETE ${LINKS_PATH}/l1`);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(within(table).queryByText('Board review')).toBeNull());
    expect(calls).toContain(`DELETE ${LINKS_PATH}/l1`);
    expect(within(table).getByText('No label')).toBeTruthy();
  });

  it('shows a load error with a retry', async () => {
    let fail = true;
    renderModal(() => (fail ? { status: 500, body: { type: 'x', title: 'Boom', status: 500 } } : { status: 200, body: [BOARD] }));
    expect(await screen.findByText('The share links could not be loaded')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Active share links' })).toBeTruthy();
  });
});
