import type { JourneyGraph, JourneySummaryDto, MeResponse, Page } from '@cxmap/domain';
import { expect, test } from '@playwright/test';
import { DEMO_EMAIL, DEMO_PASSWORD } from '../support/demo';

/**
 * `npm start` runs on PGlite, which is one database session. The canvas fires several reads and a
 * save at once; with more than one pooled connection their statements interleaved and requests
 * failed with 500/503 ("SET TRANSACTION ISOLATION LEVEL must be called before any query"). This
 * sends what a busy canvas sends, in parallel, to the same embedded server the other specs use.
 */
test('the embedded database answers parallel reads and saves without a failure', async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  const login = await api.post('/api/auth/login', {
    data: { email: DEMO_EMAIL, password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  const me = (await (await api.get('/api/auth/me')).json()) as MeResponse;
  const workspaceId = me.workspaces[0]?.id ?? '';
  const journeys = (await (await api.get(`/api/workspaces/${workspaceId}/journeys`)).json()) as Page<JourneySummaryDto>;
  const journeyId = journeys.items[0]?.id ?? '';

  const statuses: number[] = [];
  for (let round = 0; round < 5; round++) {
    const graph = (await (await api.get(`/api/journeys/${journeyId}`)).json()) as JourneyGraph;
    const touchpoint = graph.touchpoints[round];
    if (!touchpoint) throw new Error('the demo journey has touchpoints');
    const answers = await Promise.all([
      api.get(`/api/journeys/${journeyId}`),
      api.get(`/api/journeys/${journeyId}/metrics`),
      api.get(`/api/journeys/${journeyId}/annotations/summary`),
      api.get(`/api/journeys/${journeyId}/annotations`),
      api.get(`/api/workspaces/${workspaceId}/metric-definitions`),
      api.get(`/api/workspaces/${workspaceId}/needs-review`),
      api.post(`/api/journeys/${journeyId}/changes`, {
        data: {
          ops: [
            { op: 'update', entity: 'touchpoint', id: touchpoint.id, version: touchpoint.version, data: { description: `Checked in round ${round}` } },
          ],
        },
      }),
    ]);
    statuses.push(...answers.map((answer) => answer.status()));
  }
  expect(statuses).toEqual(Array.from({ length: 35 }, () => 200));
  await api.dispose();
});
