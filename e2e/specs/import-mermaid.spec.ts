import { expect, test } from '@playwright/test';

const DIAGRAM = `journey
    title Coffee machine purchase
    section Research
      Reads reviews: 4: Shopper
      Compares prices: 2: Shopper
    section Checkout
      Pays online: 5: Shopper, Bank
`;

test('a CX lead pastes a Mermaid journey, previews it and sees its touchpoints on the canvas', async ({ page }) => {
  const email = `importer-${Date.now()}@example.com`;
  await page.goto('/signup');
  await page.getByLabel('Name', { exact: true }).fill('Ines Importer');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('a-long-enough-password');
  await page.getByLabel('Workspace name').fill('Imports');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a journey' });
  await expect(dialog.getByRole('radio', { name: 'Mermaid journey' })).toBeChecked();
  await dialog.getByLabel('Mermaid journey text').fill(DIAGRAM);

  const preview = dialog.getByRole('region', { name: 'Import preview' });
  await expect(preview).toContainText('“Coffee machine purchase”: 2 stages · 3 touchpoints');
  await expect(preview.getByRole('row', { name: 'Research 2' })).toBeVisible();

  const imported = page.waitForResponse((r) => r.url().endsWith('/journeys/import') && r.request().method() === 'POST');
  await dialog.getByRole('button', { name: 'Import journey' }).click();
  expect((await imported).status()).toBe(201);

  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}\/journeys\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('group', { name: 'Stage Research' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Stage Checkout' })).toBeVisible();
  for (const title of ['Reads reviews', 'Compares prices', 'Pays online']) {
    await expect(page.getByRole('group', { name: `Touchpoint: ${title}` })).toBeVisible();
  }

  // Listed in the workspace with its counts.
  await page.goBack();
  await expect(page.getByRole('link', { name: 'Coffee machine purchase' })).toBeVisible();
});
