import type { AnnotationDto, CreateAnnotationRequest } from '@cxmap/domain';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoutes, stubFetch } from '../../../testing/render-app';
import { AnnotationsTab } from './annotations-tab';
import { annotation } from './given-annotations';

const JOURNEY = 'journey-1';
const BASE = `/api/journeys/${JOURNEY}/annotations`;

function renderTab(items: AnnotationDto[] | 'fail', canComment: boolean) {
  const writes: Array<{ method: string; path: string; body: unknown }> = [];
  const calls = stubFetch((method, path, body) => {
    if (method === 'GET' && path === BASE) {
      return items === 'fail'
        ? { status: 500, body: { type: 'about:blank', title: 'Internal Server Error', status: 500 } }
        : { status: 200, body: { items, nextCursor: null } };
    }
    if (method === 'GET' && path.endsWith('/replies')) return { status: 200, body: [] };
    writes.push({ method, path, body });
    if (method === 'PATCH' && path.endsWith('/stale')) return { status: 409, body: { type: 'about:blank', title: 'Conflict', status: 409, detail: 'It changed meanwhile.' } };
    return { status: method === 'POST' ? 201 : 200, body: annotation() };
  });
  renderRoutes([{ path: '/', element: <AnnotationsTab journeyId={JOURNEY} target={{ kind: 'touchpoint', id: 'tp-1' }} canComment={canComment} /> }], '/');
  return { calls, writes };
}

afterEach(cleanup);

// Mantine forms in jsdom take seconds on a loaded 2-core machine: a wider budget than the 5 s default.
describe('AnnotationsTab', { timeout: 20_000 }, () => {
  it('lists the open annotations with severity, status and reply count, and all of them on demand', async () => {
    const { calls } = renderTab(
      [
        annotation({ title: 'On hold for 14 minutes', severity: 'critical', replyCount: 2, body: 'Customers hang up.' }),
        annotation({ title: 'Old problem', status: 'resolved', resolvedAt: '2026-11-21T00:00:00.000Z' }),
        annotation({ title: 'Offer a callback', kind: 'idea', severity: null, status: 'in_progress' }),
      ],
      false,
    );
    const hold = await screen.findByRole('article', { name: 'On hold for 14 minutes' });
    expect(within(hold).getByText('Critical')).toBeTruthy();
    expect(within(hold).getByText('Customers hang up.')).toBeTruthy();
    expect(within(hold).getByText('2 replies')).toBeTruthy();
    expect(within(hold).getByText(/Cora Commenter ·/)).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Offer a callback' })).toBeTruthy();
    expect(screen.queryByRole('article', { name: 'Old problem' })).toBeNull();
    fireEvent.click(screen.getByText('All (3)'));
    expect(await screen.findByRole('article', { name: 'Old problem' })).toBeTruthy();
    expect(calls).toEqual([`GET ${BASE}?target=tp-1&limit=200`]);
  });

  it('read-only: no control that writes', async () => {
    renderTab([annotation({ title: 'A pain' })], false);
    await screen.findByRole('article', { name: 'A pain' });
    expect(screen.queryByRole('button', { name: 'Add annotation' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Actions for/ })).toBeNull();
    fireEvent.click(screen.getByText('Reply'));
    expect(await screen.findByText('No replies yet.')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Reply' })).toBeNull();
  });

  it('adds a pain point: severity is required, then it is posted on the touchpoint', async () => {
    const { writes } = renderTab([], true);
    expect(await screen.findByText(/No annotations yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add annotation' }));
    const form = screen.getByRole('form', { name: 'Add an annotation' });
    fireEvent.change(within(form).getByLabelText(/Title/), { target: { value: 'Checkout times out' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    expect(await within(form).findByText('A pain point needs a severity')).toBeTruthy();
    expect(writes).toEqual([]);
    fireEvent.click(within(form).getByText('Critical'));
    fireEvent.change(within(form).getByLabelText(/Evidence links/), { target: { value: 'https://tickets.example/42' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(writes).toHaveLength(1));
    const expected: CreateAnnotationRequest = {
      touchpointId: 'tp-1',
      kind: 'pain_point',
      severity: 'critical',
      title: 'Checkout times out',
      body: '',
      evidence: [{ kind: 'link', text: '', url: 'https://tickets.example/42' }],
    };
    expect(writes[0]).toEqual({ method: 'POST', path: BASE, body: expected });
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add an annotation' })).toBeNull());
  });

  it('resolves an annotation with its version', async () => {
    const { writes } = renderTab([annotation({ id: 'a-1', title: 'A pain', version: 3 })], true);
    fireEvent.click(await screen.findByRole('button', { name: 'Actions for A pain' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Mark resolved' }));
    await waitFor(() => expect(writes).toEqual([{ method: 'PATCH', path: `${BASE}/a-1`, body: { version: 3, status: 'resolved' } }]));
  });

  it('says when a status change lost to someone else’s, and reloads', async () => {
    const { calls } = renderTab([annotation({ id: 'stale', title: 'A pain' })], true);
    fireEvent.click(await screen.findByRole('button', { name: 'Actions for A pain' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Mark in progress' }));
    expect(await screen.findByText('Someone else changed this annotation')).toBeTruthy();
    await waitFor(() => expect(calls.filter((c) => c.startsWith(`GET ${BASE}?`))).toHaveLength(2));
  });

  it('offers edit and delete on one’s own annotations only', async () => {
    renderTab([annotation({ title: 'Someone else’s', author: { id: 'user-2', name: 'Other' } })], true);
    fireEvent.click(await screen.findByRole('button', { name: 'Actions for Someone else’s' }));
    expect(await screen.findByRole('menuitem', { name: 'Mark resolved' })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: 'Delete' })).toBeNull();
  });

  it('shows a load failure with a retry', async () => {
    renderTab('fail', true);
    expect(await screen.findByText('Annotations could not be loaded')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
