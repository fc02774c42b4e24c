import { expect, test, type Locator, type Page } from '@playwright/test';
import { logInAsDemo } from '../support/demo';

const DEMO_JOURNEY = 'Online order — from ad to advocate';
const TOUCHPOINT = 'Sees a sponsored post';

/** Fills the five CSAT rating counts (1★ … 5★) and saves; waits for the batch to be accepted. */
async function recordCsat(page: Page, form: Locator, counts: number[]): Promise<void> {
  for (const [index, count] of counts.entries()) await form.getByLabel(`${index + 1} ★`).fill(String(count));
  const response = page.waitForResponse((r) => r.url().endsWith('/measurements') && r.request().method() === 'POST');
  await form.getByRole('button', { name: 'Save measurement' }).click();
  expect((await response).status()).toBe(200);
}

test('attach CSAT to a touchpoint, record a measurement, see the badge change', async ({ page }) => {
  await logInAsDemo(page);
  await page.getByRole('link', { name: DEMO_JOURNEY }).click();
  const card = page.getByRole('group', { name: `Touchpoint: ${TOUCHPOINT}` });
  await expect(card).toBeVisible();
  // The demo's seeded metrics show as badges on other cards; this one has none yet.
  await expect(page.getByTestId('metric-badge').first()).toBeVisible();
  await expect(card.getByTestId('metric-badge')).toHaveCount(0);

  await card.getByText(TOUCHPOINT).click();
  await page.getByRole('tab', { name: 'Metrics' }).click();
  await expect(page.getByText(/No metrics yet/)).toBeVisible();

  // Attach CSAT with a target of 85 % and a warning at 75 %; as the first metric it is the key one.
  await page.getByRole('button', { name: 'Attach metric' }).click();
  const attach = page.getByRole('form', { name: 'Attach a metric' });
  await attach.getByPlaceholder('Pick from the catalog').click();
  await page.getByRole('option', { name: 'Customer satisfaction (CSAT)' }).click();
  await attach.getByLabel('Target').fill('85');
  await attach.getByLabel('Warning').fill('75');
  await expect(attach.getByLabel('Key metric (shown on the card)')).toBeChecked();
  const attached = page.waitForResponse((r) => r.url().endsWith('/metrics') && r.request().method() === 'POST');
  await attach.getByRole('button', { name: 'Attach' }).click();
  expect((await attached).status()).toBe(201);

  const badge = card.getByTestId('metric-badge');
  await expect(badge).toHaveAttribute('data-health', 'no_data');
  await expect(badge).toContainText('CSAT');

  // 90 of 100 answers rated 4 or 5: 90 %, on target.
  const metric = page.getByRole('region', { name: 'Customer satisfaction (CSAT)' });
  await metric.getByRole('button', { name: 'Add measurement' }).click();
  await recordCsat(page, page.getByRole('form', { name: /Add a measurement of Customer satisfaction/ }), [2, 3, 5, 40, 50]);
  await expect(badge).toHaveAttribute('data-health', 'on_target');
  await expect(badge).toContainText('90%');
  await expect(metric.getByTestId('metric-value')).toHaveText('90%');
  await expect(metric.getByTestId('metric-raw')).toHaveText('1★ 2 · 2★ 3 · 3★ 5 · 4★ 40 · 5★ 50');

  // The same period again, worse: the row is replaced and the badge turns red at 50 %.
  await metric.getByRole('button', { name: 'Add measurement' }).click();
  await recordCsat(page, page.getByRole('form', { name: /Add a measurement of Customer satisfaction/ }), [20, 20, 10, 25, 25]);
  await expect(badge).toHaveAttribute('data-health', 'off_target');
  await expect(badge).toContainText('50%');

  // After a reload the badge is read back from the server.
  await page.reload();
  await expect(page.getByRole('group', { name: `Touchpoint: ${TOUCHPOINT}` }).getByTestId('metric-badge')).toContainText('50%');
});
