import type { JourneyGraph } from '@cxmap/domain';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { logInAsDemo } from '../support/demo';

const DEMO_JOURNEY = 'Online order — from ad to advocate';
const NEW_TITLE = 'Pop-up survey after checkout';

/** Drags with small mouse steps, as React Flow needs pointer moves between down and up. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / 4, from.y + (to.y - from.y) / 4, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

async function centre(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Runs a gesture and waits until the batch it causes has been saved. */
async function saved(page: Page, gesture: () => Promise<void>): Promise<void> {
  const response = page.waitForResponse((r) => r.url().endsWith('/changes') && r.request().method() === 'POST');
  await gesture();
  expect((await response).status()).toBe(200);
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
}

test('edits on the demo journey are saved and still there after a reload', async ({ page }) => {
  await logInAsDemo(page);
  await page.getByRole('link', { name: DEMO_JOURNEY }).click();
  await expect(page.getByRole('group', { name: 'Stage Awareness' })).toBeVisible();
  const journeyId = page.url().split('/').pop() ?? '';

  // Add a touchpoint (into the first stage) and name it in the side panel.
  await page.getByRole('button', { name: 'Add touchpoint' }).click();
  const title = page.getByLabel('Title', { exact: true });
  await title.fill(NEW_TITLE);
  await saved(page, () => title.press('Tab'));
  await page.getByRole('button', { name: 'Close details' }).click();
  const card = page.getByRole('group', { name: `Touchpoint: ${NEW_TITLE}` });
  await expect(card).toBeVisible();

  // Connect it to an existing touchpoint by dragging between handles.
  const target = page.getByRole('group', { name: 'Touchpoint: Sees a sponsored post' });
  const handleFrom = await centre(card.locator('.react-flow__handle-right'));
  const handleTo = await centre(target.locator('.react-flow__handle-left'));
  await saved(page, () => drag(page, handleFrom, handleTo));
  await page.getByRole('button', { name: 'Close details' }).click();

  // Move it into the Discovery column.
  const discovery = await centre(page.getByRole('group', { name: 'Stage Discovery' }));
  const from = await centre(card);
  await saved(page, () => drag(page, from, { x: discovery.x, y: from.y }));
  await page.screenshot({ path: 'tmp/e2e-results/after-move.png' });

  // A page load asks for the canvas's data before the app has loaded (boot/early-requests.ts), and
  // the app takes that answer instead of asking again: one request for the graph, not two.
  const graphRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === `/api/journeys/${journeyId}`) graphRequests.push(request.method());
  });
  await page.reload();
  await expect(page.getByRole('group', { name: `Touchpoint: ${NEW_TITLE}` })).toBeVisible();
  expect(graphRequests).toEqual(['GET']);

  const response = await page.request.get(`/api/journeys/${journeyId}`);
  expect(response.ok()).toBe(true);
  const graph = (await response.json()) as JourneyGraph;
  const added = graph.touchpoints.find((t) => t.title === NEW_TITLE);
  const discoveryStage = graph.stages.find((s) => s.name === 'Discovery');
  const sponsored = graph.touchpoints.find((t) => t.title === 'Sees a sponsored post');
  expect(added?.stageId).toBe(discoveryStage?.id);
  expect(graph.links.some((l) => l.sourceId === added?.id && l.targetId === sponsored?.id)).toBe(true);
});
