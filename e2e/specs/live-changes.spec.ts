import { expect, test } from '@playwright/test';
import { logInAsDemo } from '../support/demo';

const DEMO_JOURNEY = 'Online order — from ad to advocate';
const LIVE_TITLE = 'Added in another window';

test('a change made in another session shows up on an open canvas, with a notice', async ({ page, browser }) => {
  // Two sessions of the demo owner (two browser contexts): for each, the other's changes are someone else's.
  await logInAsDemo(page);
  await page.getByRole('link', { name: DEMO_JOURNEY }).click();
  await expect(page.getByRole('group', { name: 'Stage Awareness' })).toBeVisible();
  const journeyUrl = page.url();

  const context = await browser.newContext();
  const other = await context.newPage();
  await logInAsDemo(other);
  await other.goto(journeyUrl);
  await expect(other.getByRole('group', { name: 'Stage Awareness' })).toBeVisible();

  // The other session adds and names a touchpoint.
  await other.getByRole('button', { name: 'Add touchpoint' }).click();
  const title = other.getByLabel('Title', { exact: true });
  await title.fill(LIVE_TITLE);
  await title.press('Tab');
  await expect(other.getByTestId('save-state')).toHaveText('All changes saved');

  // The first canvas shows it without a reload, and says why the map changed.
  await expect(page.getByRole('group', { name: `Touchpoint: ${LIVE_TITLE}` })).toBeVisible();
  await expect(page.getByText('Updated by someone else')).toBeVisible();
  await page.screenshot({ path: 'tmp/e2e-results/live-change.png' });
  // The session that saved gets no notice about its own change.
  await expect(other.getByText('Updated by someone else')).toHaveCount(0);

  // And removing it there removes it here.
  await other.getByRole('button', { name: 'Close details' }).click();
  await other.getByRole('group', { name: `Touchpoint: ${LIVE_TITLE}` }).click();
  await other.keyboard.press('Delete');
  await expect(other.getByRole('group', { name: `Touchpoint: ${LIVE_TITLE}` })).toHaveCount(0);
  await expect(page.getByRole('group', { name: `Touchpoint: ${LIVE_TITLE}` })).toHaveCount(0);
  await context.close();
});
