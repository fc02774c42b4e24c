import { expect, test } from '@playwright/test';

test('a new CX lead signs up and creates a journey from the awareness-to-advocacy template', async ({ page }) => {
  const email = `lead-${Date.now()}@example.com`;
  await page.goto('/signup');
  await page.getByLabel('Name', { exact: true }).fill('Casey Lead');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('a-long-enough-password');
  await page.getByLabel('Workspace name').fill('Acme Retail');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('button', { name: 'Create your first journey' })).toBeVisible();

  await page.getByRole('button', { name: 'New journey' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name', { exact: true }).fill('Subscription renewal');
  await expect(dialog.getByRole('radio', { name: /Awareness to advocacy/ })).toBeChecked();
  await dialog.getByRole('button', { name: 'Create journey' }).click();

  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}\/journeys\/[0-9a-f-]{36}$/);
  for (const stage of ['Awareness', 'Discovery', 'Attraction', 'Interaction', 'Purchase', 'Use', 'Cultivation', 'Advocacy']) {
    await expect(page.getByText(stage, { exact: true }).first()).toBeVisible();
  }

  // The journey is listed in the workspace with its eight stages.
  await page.goBack();
  await expect(page.getByRole('link', { name: 'Subscription renewal' })).toBeVisible();
});

test('the log-in page offers the demo on the embedded database', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByText('demo@cxmap.local')).toBeVisible();
  await page.getByRole('button', { name: 'Open the demo' }).click();
  await expect(page.getByRole('link', { name: 'Online order — from ad to advocate' })).toBeVisible();
});

test('a wrong password is refused without saying whether the account exists', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('Email', { exact: true }).fill('demo@cxmap.local');
  await page.getByLabel('Password', { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('alert')).toContainText('do not match an account');
  await expect(page).toHaveURL(/\/login/);
});
