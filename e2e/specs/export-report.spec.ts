import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { logInAsDemo } from '../support/demo';

const DEMO_JOURNEY = 'Online order — from ad to advocate';
/** The API's integration tests read PDFs back with the same helper (pdfjs-dist is ESM-only: a child process). */
const PDF_TEXT = join(__dirname, '../../apps/api/test/support/pdf-text.mjs');

async function openExportDialog(page: Page) {
  await logInAsDemo(page);
  await page.getByRole('link', { name: DEMO_JOURNEY }).click();
  await expect(page.getByRole('group', { name: 'Stage Awareness' })).toBeVisible();
  await page.getByRole('toolbar', { name: 'Journey canvas' }).getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: `Export “${DEMO_JOURNEY}”` });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('exports the demo journey as a PDF report: progress, then a download whose text names the journey', async ({ page }) => {
  const dialog = await openExportDialog(page);
  await expect(dialog.getByRole('checkbox', { name: 'Executive summary' })).toBeChecked();
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^online-order-from-ad-to-advocate-\d{4}-\d{2}-\d{2}\.pdf$/);
  const file = await download.path();
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.length).toBeGreaterThan(10_000);
  const pages = JSON.parse(execFileSync(process.execPath, [PDF_TEXT, file], { encoding: 'utf8' })) as string[];
  expect(pages[0]).toContain('Online order');
  expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
  expect(pages.join('\n')).toContain('Stage 1 of');
  await expect(dialog.getByText(/is ready/)).toBeVisible();
});

test('exports the whole map as a PNG image drawn in the browser (Ctrl+Shift+E opens the dialog)', async ({ page }) => {
  await logInAsDemo(page);
  await page.getByRole('link', { name: DEMO_JOURNEY }).click();
  await expect(page.getByRole('group', { name: 'Stage Awareness' })).toBeVisible();
  await page.keyboard.press('Control+Shift+E');
  const dialog = page.getByRole('dialog', { name: `Export “${DEMO_JOURNEY}”` });
  await dialog.getByText('PNG', { exact: true }).click();
  await expect(dialog.getByRole('radio', { name: 'Whole map' })).toBeChecked();
  const downloading = page.waitForEvent('download', { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Export' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  // Kept with the test's results, to look at: every card of every stage, whatever the view on screen.
  await download.saveAs(test.info().outputPath('whole-map.png'));
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  // IHDR: width and height, big-endian, right after the signature and the chunk header.
  const [width, height] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  expect(width).toBeGreaterThan(0);
  expect(height).toBeGreaterThan(0);
});
