import { expect, test } from '@playwright/test';
import { logInAsDemo } from '../support/demo';

const DEMO_JOURNEY = 'Online order — from ad to advocate';
const SURVEY = 'Post-service satisfaction survey';

/** The current month: the demo seeds the twelve before it, so these lines become each metric's latest reading. */
const MONTH = `${new Date().toISOString().slice(0, 7)}-01`;
const HEADER = 'touchpoint,metric,period,period_start,promoters,passives,detractors,rating_1,rating_2,rating_3,rating_4,rating_5';

test('import a measurement CSV: a bad line is shown, fixed, applied, and the badge changes', async ({ page }) => {
  await logInAsDemo(page);
  await page.getByRole('link', { name: DEMO_JOURNEY }).click();
  const badge = page.getByRole('group', { name: `Touchpoint: ${SURVEY}` }).getByTestId('metric-badge');
  await expect(badge).toBeVisible();
  await expect(badge).not.toHaveAttribute('data-health', 'off_target');

  // Journey-level metric actions live in the journey summary.
  await page.getByRole('button', { name: 'Journey summary' }).click();
  await page.getByRole('region', { name: 'Journey summary' }).getByRole('button', { name: 'Import measurements' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import measurements' });
  const csv = dialog.getByLabel('CSV');
  // 10 promoters, 90 detractors: NPS −80. The second line names a touchpoint the journey does not have.
  await csv.fill([HEADER, `${SURVEY},nps,month,${MONTH},10,0,90,,,,,`, `Live chat agent,csat,month,${MONTH},,,,1,1,2,20,26`].join('\n'));

  const preview = dialog.getByRole('region', { name: 'Measurement preview' });
  await expect(preview).toContainText('1 row ready, 1 with errors');
  await expect(preview).toContainText("touchpoint: no touchpoint is called 'Live chat agent'");
  await expect(dialog.getByRole('button', { name: /^Apply/ })).toBeDisabled();

  await csv.fill([HEADER, `${SURVEY},nps,month,${MONTH},10,0,90,,,,,`, `Live-chat agent takes over,csat,month,${MONTH},,,,1,1,2,20,26`].join('\n'));
  await expect(preview).toContainText('2 rows ready');
  await expect(preview.getByRole('row', { name: /Live-chat agent takes over/ })).toContainText('92%');
  const applied = page.waitForResponse((r) => r.url().includes('/measurements/csv?dryRun=false'));
  await dialog.getByRole('button', { name: 'Apply 2 rows' }).click();
  expect((await applied).status()).toBe(200);
  await expect(page.getByText('Measurements imported')).toBeVisible();
  await expect(dialog).toBeHidden();

  await expect(badge).toHaveAttribute('data-health', 'off_target');
  await expect(badge).toContainText('-80');
});
