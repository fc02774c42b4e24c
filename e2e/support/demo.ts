import { expect, type Locator, type Page } from '@playwright/test';

/** The demo login the e2e server seeds (`scripts/e2e-server.mjs`). */
export const DEMO_EMAIL = 'demo@cxmap.local';
export const DEMO_PASSWORD = process.env.E2E_DEMO_PASSWORD ?? 'demo-password-e2e';

/** Logs the demo owner in through the log-in page and waits for the workspace's journeys. */
export async function logInAsDemo(page: Page): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email', { exact: true }).fill(DEMO_EMAIL);
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
}

/**
 * Drags `card` well away and checks it still sits where it was within `column` (on a read-only
 * map at most the view pans, card and column alike).
 */
export async function expectDragMovesNothing(page: Page, card: Locator, column: Locator): Promise<void> {
  const offset = async (): Promise<{ x: number; y: number }> => {
    const [a, b] = [await card.boundingBox(), await column.boundingBox()];
    if (!a || !b) throw new Error('card or column not visible');
    return { x: Math.round(a.x - b.x), y: Math.round(a.y - b.y) };
  };
  const before = await offset();
  const box = await card.boundingBox();
  if (!box) throw new Error('card not visible');
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 40, { steps: 5 });
  await page.mouse.move(from.x + 240, from.y + 120, { steps: 10 });
  await page.mouse.up();
  expect(await offset()).toEqual(before);
}
