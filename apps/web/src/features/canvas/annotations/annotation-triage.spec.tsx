import type { AnnotationDto, AnnotationReplyDto, MeResponse } from '@cxmap/domain';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MeContext } from '../../../app/me-context';
import { renderRoutes, stubFetch } from '../../../testing/render-app';
import { AnnotationsTab } from './annotations-tab';
import { annotation } from './given-annotations';

const JOURNEY = 'journey-1';
const BASE = `/api/journeys/${JOURNEY}/annotations`;
const ME: MeResponse = { user: { id: 'user-1', email: 'cora@acme.com', name: 'Cora Commenter' }, workspaces: [{ id: 'ws1', name: 'Acme', role: 'commenter' }] };

function reply(overrides: Partial<AnnotationReplyDto>): AnnotationReplyDto {
  return {
    id: 'r-1',
    annotationId: 'a-1',
    body: 'Seen it too',
    author: { id: 'user-1', name: 'Cora Commenter' },
    createdAt: '2026-11-20T11:00:00.000Z',
    updatedAt: '2026-11-20T11:00:00.000Z',
    version: 2,
    ...overrides,
  };
}

function renderTab(items: AnnotationDto[], replies: AnnotationReplyDto[], canModerate = false) {
  const writes: Array<{ method: string; path: string; body: unknown }> = [];
  stubFetch((method, path, body) => {
    if (method === 'GET' && path === BASE) return { status: 200, body: { items, nextCursor: null } };
    if (method === 'GET' && path.endsWith('/replies')) return { status: 200, body: replies };
    writes.push({ method, path, body });
    if (method === 'DELETE') return { status: 204 };
    return { status: 200, body: path.includes('/replies/') ? reply({ body: 'x' }) : annotation() };
  });
  renderRoutes(
    [
      {
        path: '/',
        element: (
          <MeContext value={ME}>
            <AnnotationsTab journeyId={JOURNEY} target={{ kind: 'touchpoint', id: 'tp-1' }} canComment canModerate={canModerate} />
          </MeContext>
        ),
      },
    ],
    '/',
  );
  return { writes };
}

async function openReplies(title: string) {
  const item = await screen.findByRole('article', { name: title });
  fireEvent.click(within(item).getByRole('button', { name: /repl/i }));
  return within(item).findByRole('group', { name: 'Replies' }).catch(() => within(item).findByLabelText('Replies'));
}

afterEach(cleanup);

describe('AnnotationsTab: replies and triage', { timeout: 20_000 }, () => {
  it('edits one’s own reply with its version; someone else’s has no edit or delete', async () => {
    const { writes } = renderTab(
      [annotation({ id: 'a-1', title: 'A pain', replyCount: 2 })],
      [reply({}), reply({ id: 'r-2', body: 'Not mine', author: { id: 'user-2', name: 'Other' } })],
    );
    const replies = await openReplies('A pain');
    const mine = await within(replies).findByRole('group', { name: 'Reply by Cora Commenter' });
    const theirs = within(replies).getByRole('group', { name: 'Reply by Other' });
    expect(within(theirs).queryByRole('button', { name: 'Edit reply' })).toBeNull();
    expect(within(theirs).queryByRole('button', { name: 'Delete reply' })).toBeNull();

    fireEvent.click(within(mine).getByRole('button', { name: 'Edit reply' }));
    const field = within(mine).getByLabelText('Edit your reply');
    expect((field as HTMLTextAreaElement).value).toBe('Seen it too');
    fireEvent.change(field, { target: { value: '   ' } });
    fireEvent.click(within(mine).getByRole('button', { name: 'Save' }));
    expect(await within(mine).findByText('A reply cannot be empty')).toBeTruthy();
    fireEvent.change(field, { target: { value: 'Seen it twice now ' } });
    fireEvent.click(within(mine).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(writes).toEqual([{ method: 'PATCH', path: `${BASE}/a-1/replies/r-1`, body: { version: 2, body: 'Seen it twice now' } }]),
    );
  });

  it('deletes one’s own reply only after confirming', async () => {
    const { writes } = renderTab([annotation({ id: 'a-1', title: 'A pain', replyCount: 1 })], [reply({})]);
    const replies = await openReplies('A pain');
    fireEvent.click(await within(replies).findByRole('button', { name: 'Delete reply' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this reply?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(writes).toEqual([]);
    fireEvent.click(within(replies).getByRole('button', { name: 'Delete reply' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Delete this reply?' })).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(writes).toEqual([{ method: 'DELETE', path: `${BASE}/a-1/replies/r-1`, body: undefined }]));
  });

  it('lets a workspace owner delete anyone’s reply and annotation, but edit neither', async () => {
    renderTab(
      [annotation({ id: 'a-1', title: 'Their pain', replyCount: 1, author: { id: 'user-2', name: 'Other' } })],
      [reply({ author: { id: 'user-2', name: 'Other' } })],
      true,
    );
    const replies = await openReplies('Their pain');
    const theirs = await within(replies).findByRole('group', { name: 'Reply by Other' });
    expect(within(theirs).getByRole('button', { name: 'Delete reply' })).toBeTruthy();
    expect(within(theirs).queryByRole('button', { name: 'Edit reply' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Actions for Their pain' }));
    expect(await screen.findByRole('menuitem', { name: 'Delete' })).toBeTruthy();
    expect(screen.queryByRole('menuitem', { name: 'Edit' })).toBeNull();
  });

  it('sets the owner team of anyone’s annotation with its version, and shows it', async () => {
    const { writes } = renderTab(
      [
        annotation({ id: 'a-1', title: 'Their pain', author: { id: 'user-2', name: 'Other' }, version: 5 }),
        annotation({ id: 'a-2', title: 'Owned pain', ownerTeam: 'Logistics' }),
      ],
      [],
    );
    const owned = await screen.findByRole('article', { name: 'Owned pain' });
    expect(within(owned).getByTestId('annotation-owner').textContent).toBe('Logistics');
    fireEvent.click(screen.getByRole('button', { name: 'Actions for Their pain' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Set owner team' }));
    const item = screen.getByRole('article', { name: 'Their pain' });
    fireEvent.change(within(item).getByLabelText(/Owner team/), { target: { value: ' Contact centre ' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(writes).toEqual([{ method: 'PATCH', path: `${BASE}/a-1`, body: { version: 5, ownerTeam: 'Contact centre' } }]));
  });
});
