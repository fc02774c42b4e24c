import { expect, test } from '@playwright/test';
import { logInAsDemo, expectDragMovesNothing } from '../support/demo';

const DEMO_JOURNEY = 'Online order — from ad to advocate';
const CARD = 'Sees a sponsored post';

test('the owner shares the demo journey; a stranger sees the map read-only until the link is revoked', async ({ page, browser }) => {
  // The owner creates a share link from the canvas toolbar.
  await logInAsDemo(page);
  await page.getByRole('link', { name: DEMO_JOURNEY }).click();
  await expect(page.getByRole('group', { name: `Touchpoint: ${CARD}` })).toBeVisible();
  await page.getByRole('toolbar', { name: 'Journey canvas' }).getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this journey' });
  await expect(dialog.getByText(/No active links/)).toBeVisible();
  await dialog.getByLabel('Label').fill('Exec review');
  await dialog.getByLabel('Expires').selectOption('7d');
  await dialog.getByRole('button', { name: 'Create link' }).click();
  const link = await dialog.getByRole('textbox', { name: 'Share link' }).inputValue();
  expect(link).toMatch(/\/s\/[A-Za-z0-9_-]{43}$/);
  await expect(dialog.getByRole('table', { name: 'Active share links' })).toContainText('Exec review');

  // A fresh browser context (no cookies) opens it and sees the map, read-only.
  const context = await browser.newContext();
  expect(await context.cookies()).toEqual([]);
  const stranger = await context.newPage();
  const writes: string[] = [];
  const apiReads: string[] = [];
  stranger.on('request', (request) => {
    if (request.method() !== 'GET') writes.push(`${request.method()} ${request.url()}`);
    else if (new URL(request.url()).pathname.startsWith('/api/')) apiReads.push(new URL(request.url()).pathname);
  });
  await stranger.goto(link);
  await expect(stranger.getByRole('heading', { name: DEMO_JOURNEY })).toBeVisible();
  await expect(stranger.getByText('Read-only shared view')).toBeVisible();
  const card = stranger.getByRole('group', { name: `Touchpoint: ${CARD}` });
  await expect(card).toBeVisible();
  await expect(stranger.getByRole('group', { name: 'Stage Awareness' })).toBeVisible();
  // The page asks for the shared journey once (early, before the app has loaded: boot/early-requests.ts;
  // the app takes that answer), then listens for changes; it asks for no session.
  const shared = `/api/share/${link.split('/').pop()}`;
  expect(apiReads.filter((path) => path === shared)).toHaveLength(1);
  expect(apiReads.filter((path) => path !== shared && path !== `${shared}/events`)).toEqual([]);
  for (const name of ['Add touchpoint', 'Add stage', 'Undo', 'Share', 'New stage']) {
    await expect(stranger.getByRole('button', { name })).toHaveCount(0);
  }
  await expect(stranger.getByRole('link', { name: 'Journeys' })).toHaveCount(0);
  await expect(stranger.getByRole('link', { name: 'CXMap home' })).toHaveCount(0);
  await expect(stranger.getByRole('button', { name: /^Account:/ })).toHaveCount(0);

  // Dragging a card moves nothing relative to its column and sends no write.
  const column = stranger.getByRole('group', { name: 'Stage Awareness' });
  await expectDragMovesNothing(stranger, card, column);
  await card.click();
  await expect(stranger.getByLabel('Title', { exact: true })).toBeDisabled();
  await stranger.keyboard.press('Delete');
  await expect(card).toBeVisible();
  expect(writes).toEqual([]);
  expect(await context.cookies()).toEqual([]);

  // The owner revokes it; the stranger's reload shows the invalid-link state.
  await dialog.getByRole('button', { name: 'Revoke the link “Exec review”' }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke share link?' });
  await confirm.getByRole('button', { name: 'Revoke' }).click();
  await expect(dialog.getByText(/No active links/)).toBeVisible();

  await stranger.reload();
  await expect(stranger.getByRole('heading', { name: 'This link is no longer valid' })).toBeVisible();
  await expect(stranger.getByRole('group', { name: `Touchpoint: ${CARD}` })).toHaveCount(0);
  await context.close();
});
