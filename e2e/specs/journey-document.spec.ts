import type { JourneySummaryDto, Page as ListPage } from '@cxmap/domain';
import { expect, test } from '@playwright/test';
import { logInAsDemo } from '../support/demo';

interface ExportedDocument {
  format: string;
  journey: { name: string };
  stages: Array<{ name: string }>;
  touchpoints: unknown[];
  links: unknown[];
  metrics: Array<{ measurements: unknown[] }>;
  annotations: unknown[];
}

test('a CX lead exports the demo journey as a document and imports the file into another workspace', async ({ page, context }) => {
  await logInAsDemo(page);
  const workspaceId = page.url().split('/').pop() ?? '';
  const list = (await (await page.request.get(`/api/workspaces/${workspaceId}/journeys`)).json()) as ListPage<JourneySummaryDto>;
  const demo = list.items[0];
  if (!demo) throw new Error('no demo journey');
  const exported = await page.request.get(`/api/journeys/${demo.id}/document`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()['content-disposition']).toMatch(/^attachment; filename=".+\.cxmap\.json"$/);
  const text = await exported.text();
  const doc = JSON.parse(text) as ExportedDocument;
  expect(doc.format).toBe('cxmap.journey');

  // Someone else, in a workspace of their own.
  await context.clearCookies();
  await page.goto('/signup');
  await page.getByLabel('Name', { exact: true }).fill('Dora Document');
  await page.getByLabel('Email', { exact: true }).fill(`document-${Date.now()}@example.com`);
  await page.getByLabel('Password', { exact: true }).fill('a-long-enough-password');
  await page.getByLabel('Workspace name').fill('Copies');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a journey' });
  // The downloaded file, chosen in the file picker (Playwright's fill types a 3,000-line text far too slowly;
  // pasting is covered by the modal's component spec).
  await dialog.locator('input[type="file"]').setInputFiles({ name: 'online-order.cxmap.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(dialog.getByText('online-order.cxmap.json')).toBeVisible();
  // Recognised by its "format" field.
  await expect(dialog.getByRole('radio', { name: 'CXMap document (.json)' })).toBeChecked();
  const counts = dialog.getByRole('region', { name: 'Import preview' }).getByLabel('What the document holds');
  const measurements = doc.metrics.reduce((sum, metric) => sum + metric.measurements.length, 0);
  await expect(counts).toContainText(`${doc.stages.length} stages`);
  await expect(counts).toContainText(`${doc.touchpoints.length} touchpoints`);
  await expect(counts).toContainText(`${doc.metrics.length} metrics`);
  await expect(counts).toContainText(`${measurements.toLocaleString('en')} measurements`);
  await expect(counts).toContainText(`${doc.annotations.length} annotations`);

  const imported = page.waitForResponse((r) => r.url().endsWith('/journeys/import') && r.request().method() === 'POST');
  await dialog.getByRole('button', { name: 'Import journey' }).click();
  expect((await imported).status()).toBe(201);

  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}\/journeys\/[0-9a-f-]{36}$/);
  for (const stage of doc.stages) await expect(page.getByRole('group', { name: `Stage ${stage.name}` })).toBeVisible();
});
