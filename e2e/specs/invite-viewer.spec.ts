import type { JourneyGraph } from '@cxmap/domain';
import { expect, test } from '@playwright/test';
import { logInAsDemo, expectDragMovesNothing } from '../support/demo';

const DEMO_JOURNEY = 'Online order — from ad to advocate';
const CARD = 'Sees a sponsored post';

test('the owner invites a viewer, who joins with a new account and can only look at the journey', async ({ page, browser }) => {
  const email = `viewer-${Date.now()}@example.com`;

  // The owner creates an invitation link from the workspace settings.
  await logInAsDemo(page);
  await page.getByRole('link', { name: 'Workspace settings' }).click();
  await expect(page.getByRole('heading', { name: 'Workspace settings' })).toBeVisible();
  const invite = page.getByRole('form', { name: 'Invite by email' });
  await invite.getByLabel('Email').fill(email);
  await invite.getByLabel('Role').selectOption('viewer');
  await invite.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await page.getByRole('textbox', { name: 'Invitation link' }).inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole('table', { name: 'Pending invitations' })).toContainText(email);

  // Someone else, in a fresh browser, opens the link and creates the account.
  const context = await browser.newContext();
  const viewer = await context.newPage();
  await viewer.goto(link);
  await expect(viewer.getByRole('heading', { name: 'Join Demo' })).toBeVisible();
  await expect(viewer.getByLabel('Email', { exact: true })).toHaveValue(email);
  await viewer.getByLabel('Name', { exact: true }).fill('Vera Viewer');
  await viewer.getByLabel('Password', { exact: true }).fill('a-long-enough-password');
  await viewer.getByRole('button', { name: 'Create account and join' }).click();

  // The journeys list is read-only.
  await expect(viewer).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
  await expect(viewer.getByText('View only')).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'New journey' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: `Actions for ${DEMO_JOURNEY}` })).toHaveCount(0);

  // The canvas is read-only: a badge, no editing controls.
  await viewer.getByRole('link', { name: DEMO_JOURNEY }).click();
  const card = viewer.getByRole('group', { name: `Touchpoint: ${CARD}` });
  await expect(card).toBeVisible();
  const toolbar = viewer.getByRole('toolbar', { name: 'Journey canvas' });
  await expect(toolbar.getByText('View only')).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Add touchpoint' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(viewer.getByRole('button', { name: 'New stage' })).toHaveCount(0);
  const journeyId = viewer.url().split('/').pop() ?? '';

  // Dragging a card moves nothing (at most the view pans, card and column alike) and sends nothing.
  const writes: string[] = [];
  viewer.on('request', (request) => {
    if (request.method() !== 'GET') writes.push(`${request.method()} ${request.url()}`);
  });
  const column = viewer.getByRole('group', { name: 'Stage Awareness' });
  await expectDragMovesNothing(viewer, card, column);

  // The side panel shows the card with its fields disabled.
  await card.click();
  await expect(viewer.getByLabel('Title', { exact: true })).toHaveValue(CARD);
  await expect(viewer.getByLabel('Title', { exact: true })).toBeDisabled();
  await expect(viewer.getByRole('button', { name: 'Delete touchpoint' })).toHaveCount(0);
  await viewer.keyboard.press('Delete');
  await expect(card).toBeVisible();
  expect(writes).toEqual([]);

  // The API agrees: the journey is unchanged, and a write is refused.
  const graph = (await (await viewer.request.get(`/api/journeys/${journeyId}`)).json()) as JourneyGraph;
  expect(graph.touchpoints.some((t) => t.title === CARD)).toBe(true);
  const refused = await viewer.request.patch(`/api/journeys/${journeyId}`, { data: { name: 'Renamed by a viewer' } });
  expect(refused.status()).toBe(403);

  // The owner sees the new member; the link is spent.
  await page.reload();
  await expect(page.getByRole('table', { name: 'Members' })).toContainText('Vera Viewer');
  await expect(page.getByRole('table', { name: 'Pending invitations' })).toHaveCount(0);
  await viewer.goto(link);
  await expect(viewer.getByRole('heading', { name: 'This invitation link is not valid' })).toBeVisible();
  await context.close();
});
