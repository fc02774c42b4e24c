import { expect, test } from '@playwright/test';
import { logInAsDemo } from '../support/demo';

const DEMO_JOURNEY = 'Online order — from ad to advocate';
const CARD = 'Sees a sponsored post';

test('a commenter adds a critical pain point on a read-only map, highlights it, and resolves it', async ({ page, browser }) => {
  const email = `commenter-${Date.now()}@example.com`;
  // Unique per run: the server's database outlives one run of the spec (e.g. --repeat-each).
  const PAIN = `The ad promises a discount the shop does not show (${Date.now()})`;

  // The owner invites a commenter.
  await logInAsDemo(page);
  await page.getByRole('link', { name: 'Workspace settings' }).click();
  const invite = page.getByRole('form', { name: 'Invite by email' });
  await invite.getByLabel('Email').fill(email);
  await invite.getByLabel('Role').selectOption('commenter');
  await invite.getByRole('button', { name: 'Create invitation link' }).click();
  const link = await page.getByRole('textbox', { name: 'Invitation link' }).inputValue();

  const context = await browser.newContext();
  const commenter = await context.newPage();
  await commenter.goto(link);
  await commenter.getByLabel('Name', { exact: true }).fill('Cora Commenter');
  await commenter.getByLabel('Password', { exact: true }).fill('a-long-enough-password');
  await commenter.getByRole('button', { name: 'Create account and join' }).click();
  await expect(commenter).toHaveURL(/\/w\/[0-9a-f-]{36}$/);

  // The map is read-only for a commenter; the seeded pain points show as markers.
  await commenter.getByRole('link', { name: DEMO_JOURNEY }).click();
  const card = commenter.getByRole('group', { name: `Touchpoint: ${CARD}` });
  await expect(card).toBeVisible();
  await expect(commenter.getByRole('toolbar', { name: 'Journey canvas' }).getByText('View only')).toBeVisible();
  await expect(commenter.getByRole('button', { name: 'Add touchpoint' })).toHaveCount(0);
  await expect(commenter.getByTestId('pain-marker').first()).toBeVisible();
  await expect(card.getByTestId('pain-marker')).toHaveCount(0);

  // The commenter annotates the card anyway: a critical pain point.
  await card.getByText(CARD).click();
  await commenter.getByRole('tab', { name: 'Annotations' }).click();
  await commenter.getByRole('button', { name: 'Add annotation' }).click();
  const form = commenter.getByRole('form', { name: 'Add an annotation' });
  await form.getByText('Critical', { exact: true }).click();
  await form.getByLabel('Title').fill(PAIN);
  await form.getByLabel('Details').fill('Seen in 12 support tickets last week.');
  const created = commenter.waitForResponse((r) => r.url().endsWith('/annotations') && r.request().method() === 'POST');
  await form.getByRole('button', { name: 'Add' }).click();
  expect((await created).status()).toBe(201);
  const item = commenter.getByRole('article', { name: PAIN });
  await expect(item).toContainText('Critical');
  await expect(item).toContainText('Cora Commenter');
  const marker = card.getByTestId('pain-marker');
  await expect(marker).toHaveText('1');
  await expect(marker).toHaveAttribute('data-severity', 'critical');

  // Highlight "critical": the card stays lit, cards without a critical pain point dim.
  await commenter.getByRole('button', { name: 'Highlight' }).click();
  await commenter.getByRole('group', { name: 'Pain severity' }).getByText('Critical', { exact: true }).click();
  await commenter.keyboard.press('Escape');
  await expect(commenter.getByRole('status').filter({ hasText: 'touchpoints highlighted' })).toBeVisible();
  await expect(commenter.locator('[data-testid="touchpoint-card"][data-dimmed="true"]').first()).toBeAttached();
  await expect(card.getByTestId('touchpoint-card')).not.toHaveAttribute('data-dimmed', 'true');

  // Resolving it removes the marker, and the filter dims the card.
  await item.getByRole('button', { name: `Actions for ${PAIN}` }).click();
  const resolved = commenter.waitForResponse((r) => r.url().includes('/annotations/') && r.request().method() === 'PATCH');
  await commenter.getByRole('menuitem', { name: 'Mark resolved' }).click();
  expect((await resolved).status()).toBe(200);
  await expect(marker).toHaveCount(0);
  await expect(card.getByTestId('touchpoint-card')).toHaveAttribute('data-dimmed', 'true');
  await expect(commenter.getByRole('article', { name: PAIN })).toHaveCount(0);
  await commenter.getByText(/^All \(\d+\)$/).click();
  await expect(commenter.getByRole('article', { name: PAIN }).getByTestId('annotation-status')).toHaveText('Resolved');
  await context.close();
});
