import { expect, test } from '@playwright/test';
import { logInAsDemo } from '../support/demo';

const PHONE = 'Phone agent: 14 min wait, transferred twice';
const SMS = 'Shipping text with tracking link';
const UNOWNED = '14 minutes on hold before an agent answers';

test('the needs-review queue lists the seeded overdue touchpoints and the unowned critical pain point, and leads into the canvas', async ({ page }) => {
  await logInAsDemo(page);

  // The header links to the queue, with a count of what waits.
  await page.getByRole('link', { name: /^Needs review: \d+ items?$/ }).click();
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}\/needs-review$/);
  const overdue = page.getByRole('list', { name: 'Overdue touchpoints' });
  const unowned = page.getByRole('list', { name: 'Critical pain points without an owner' });
  await expect(overdue.getByRole('link', { name: PHONE })).toBeVisible();
  await expect(overdue.getByRole('link', { name: SMS })).toBeVisible();
  await expect(overdue.getByRole('listitem').filter({ hasText: PHONE })).toContainText(/\d+ days overdue/);
  await expect(unowned.getByRole('link', { name: UNOWNED })).toBeVisible();

  // "Mark reviewed" takes the row off the list (next review in 90 days).
  const saved = page.waitForResponse((r) => r.url().endsWith('/review-by') && r.request().method() === 'PUT');
  await overdue.getByRole('button', { name: `Mark ${PHONE} reviewed` }).click();
  const response = await saved;
  expect(response.status()).toBe(200);
  await expect(overdue.getByRole('link', { name: PHONE })).toHaveCount(0);
  await expect(overdue.getByRole('link', { name: SMS })).toBeVisible();
  const reviewUrl = response.url();

  // The unowned pain point opens its touchpoint on the canvas, on the Annotations tab.
  await unowned.getByRole('link', { name: UNOWNED }).click();
  await expect(page).toHaveURL(/\/journeys\/[0-9a-f-]{36}\?touchpoint=[0-9a-f-]{36}&tab=annotations$/);
  const panel = page.getByRole('complementary', { name: 'Details' });
  await expect(panel.getByRole('tab', { name: 'Annotations' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.getByRole('article', { name: UNOWNED })).toBeVisible();

  // An overdue touchpoint opens on the canvas selected, its review date marked overdue.
  await page.goBack();
  await overdue.getByRole('link', { name: SMS }).click();
  await expect(page).toHaveURL(/\/journeys\/[0-9a-f-]{36}\?touchpoint=[0-9a-f-]{36}$/);
  await expect(panel.getByRole('form', { name: 'Touchpoint details' }).getByLabel('Title')).toHaveValue(SMS);
  await expect(panel.getByTestId('review-status')).toHaveText(/^Overdue by \d+ days$/);
  await expect(page.getByRole('group', { name: `Touchpoint: ${SMS}` })).toHaveClass(/selected/);

  // Put the seeded date back, so the spec can run again against the same server.
  const past = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  expect((await page.request.put(reviewUrl, { data: { reviewBy: past } })).status()).toBe(200);
});
