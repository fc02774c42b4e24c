import type { JourneySummaryDto, Page as ListPage } from '@cxmap/domain';
import { expect, test } from '@playwright/test';
import { logInAsDemo } from '../support/demo';

test('the owner creates an API key, an integration reads journeys with it, and revoking it stops it at once', async ({ page, playwright }) => {
  await logInAsDemo(page);
  const workspaceId = page.url().split('/').pop() ?? '';
  await page.getByRole('link', { name: 'Workspace settings' }).click();
  const section = page.getByRole('region', { name: 'API keys' });
  await section.getByRole('button', { name: 'Create API key' }).click();

  const form = page.getByRole('form', { name: 'Create API key' });
  const name = `Survey tool ${Date.now()}`;
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Create key' }).click();
  const secret = await page.getByRole('textbox', { name: 'API key' }).inputValue();
  expect(secret).toMatch(/^cxk_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByLabel('Example request')).toContainText(`/api/workspaces/${workspaceId}/journeys`);
  await page.getByRole('button', { name: 'Done, I copied it' }).click();
  await expect(page.getByRole('textbox', { name: 'API key' })).toHaveCount(0);
  const row = section.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Never');

  // The integration: no cookies, only the key.
  const integration = await playwright.request.newContext({
    baseURL: new URL(page.url()).origin,
    extraHTTPHeaders: { Authorization: `Bearer ${secret}` },
  });
  const list = await integration.get(`/api/workspaces/${workspaceId}/journeys`);
  expect(list.status()).toBe(200);
  expect(((await list.json()) as ListPage<JourneySummaryDto>).items.length).toBeGreaterThan(0);
  expect((await integration.get('/api/auth/me')).status()).toBe(403);

  await page.reload();
  await expect(section.getByRole('row').filter({ hasText: name })).not.toContainText('Never');

  await section.getByRole('button', { name: `Revoke the API key ${name}` }).click();
  await page.getByRole('dialog', { name: `Revoke “${name}”?` }).getByRole('button', { name: 'Revoke key' }).click();
  await expect(section.getByRole('row').filter({ hasText: name })).toHaveCount(0);
  const refused = await integration.get(`/api/workspaces/${workspaceId}/journeys`);
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { code: string }).code).toBe('INVALID_API_KEY');
  await integration.dispose();

  // The owner finds both in the workspace's activity, by who did them.
  await page.goto(`/w/${workspaceId}/activity`);
  const feed = page.getByRole('list', { name: 'Activity' });
  await expect(feed.getByText(`Revoked the API key “${name}” (scope read)`)).toBeVisible();
  await expect(feed.getByText(`Created the API key “${name}” (scope read)`)).toBeVisible();
});
