import { randomUUID } from 'node:crypto';
import type { MetricAttachmentDto, Problem } from '@cxmap/domain';
import type { PortfolioReport } from '@cxmap/reports';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { DEMO_ANNOTATIONS } from '../src/database/seeds/demo-annotations';
import { DEMO_JOURNEY } from '../src/database/seeds/demo-journey';
import { Given, createStage, createTouchpoint, type TestUser } from './support/given';
import { startSeededDemo, type SeededDemo } from './support/seeded-demo';

/**
 * The portfolio on a database of its own (the demo seed runs once per database, and the seed spec
 * expects to run it first on the shared one): the seeded demo journey, plus a second journey whose
 * figures are worked out by hand below.
 */
describe('portfolio', () => {
  let seeded: SeededDemo;
  let given: Given;
  let demo: TestUser;
  let demoJourneyId: string;
  let secondJourneyId: string;

  beforeAll(async () => {
    seeded = await startSeededDemo('portfolio', 'portfolio demo password');
    ({ given, demo, journeyId: demoJourneyId } = seeded);

    // Second journey: "Returns", two stages, three touchpoints.
    const journey = await given.journey(demo, { name: 'Returns' });
    secondJourneyId = journey.id;
    const stage1 = (await given.graph(demo, journey.id)).stages[0]?.id ?? '';
    const stage2 = randomUUID();
    const [desk, portal, courier] = [randomUUID(), randomUUID(), randomUUID()];
    await given.applied(demo, journey.id, [
      createStage({ name: 'Hand back', order: 1 }, stage2),
      createTouchpoint(stage1, { title: 'Returns desk', channel: 'in_person', interaction: 'personnel' }, desk),
      createTouchpoint(stage1, { title: 'Returns portal', channel: 'web', interaction: 'digital' }, portal),
      createTouchpoint(stage2, { title: 'Courier pick-up', channel: 'mail', interaction: 'product' }, courier),
    ]);
    // Key CSAT on the desk (target 80, warning 70); a key NPS on the portal without readings; a
    // non-key FCR on the courier, which the portfolio leaves out.
    const csat = await given.attach(demo, journey.id, { metric: 'csat', touchpointId: desk, target: 80, warning: 70, isKey: true });
    await given.attach(demo, journey.id, { metric: 'nps', touchpointId: portal, target: 30, warning: 10, isKey: true });
    const fcr = await given.attach(demo, journey.id, { metric: 'fcr', touchpointId: courier, target: 70, warning: 60 });
    const month = (attachmentId: string, periodStart: string, figures: object) => ({ attachmentId, period: 'month', periodStart, ...figures });
    await given
      .measurements(demo, journey.id, [
        // Range 2024-01-01 … 2024-03-31; the previous range is 2023-10-01 … 2023-12-31 (whole months).
        // In range: January (4s + 5s) 9 of 10 = 90 %, March 5 of 10 = 50 % → latest is March: off target (< 70).
        month(csat.id, '2024-01-01', { ratings: [0, 0, 1, 4, 5] }),
        month(csat.id, '2024-03-01', { ratings: [0, 0, 5, 3, 2] }),
        // Previous range: November 10 of 10 = 100 % → on target.
        month(csat.id, '2023-11-01', { ratings: [0, 0, 0, 5, 5] }),
        // Outside both ranges: ignored.
        month(csat.id, '2024-04-01', { ratings: [10, 0, 0, 0, 0] }),
        month(csat.id, '2023-09-01', { ratings: [10, 0, 0, 0, 0] }),
        month(fcr.id, '2024-02-01', { numerator: 1, denominator: 10 }),
      ])
      .expect(200);
    const annotate = (body: object) =>
      given.http().post(`/api/journeys/${journey.id}/annotations`).set('Cookie', demo.cookie).send({ kind: 'pain_point', touchpointId: desk, ...body }).expect(201);
    await annotate({ severity: 'critical', title: 'Refund takes three weeks' });
    await annotate({ severity: 'medium', title: 'Queue at the desk', status: 'in_progress' });
    await annotate({ severity: 'critical', title: 'Label printer broken', status: 'resolved' });
    await annotate({ kind: 'idea', severity: null, title: 'Drop boxes' });
  });

  afterAll(async () => {
    await seeded?.close();
  });

  const get = (user: TestUser, workspaceId: string, query = '') =>
    given.http().get(`/api/workspaces/${workspaceId}/portfolio${query}`).set('Cookie', user.cookie);

  it('computes the hand-worked figures of a journey for a range, against the range before', async () => {
    const report = (await get(demo, demo.workspaceId, '?from=2024-01-01&to=2024-03-31').expect(200)).body as PortfolioReport;
    expect(report.range).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(report.workspace).toEqual({ id: demo.workspaceId, name: demo.me.workspaces[0]?.name });
    const returns = report.journeys.find((j) => j.id === secondJourneyId);
    expect(returns).toEqual({
      id: secondJourneyId,
      name: 'Returns',
      state: 'current',
      status: 'draft',
      stageCount: 2,
      touchpointCount: 3,
      health: { on_target: 0, at_risk: 0, off_target: 1, no_data: 1 },
      overallHealth: 'off_target',
      openPains: { low: 0, medium: 1, high: 0, critical: 1 },
      // 0 of 1 measured key metric on target now, 1 of 1 before.
      trend: 'worsening',
      updatedAt: expect.any(String),
    });
  });

  it('shows the seeded demo journey over the last twelve months by default', async () => {
    const report = (await get(demo, demo.workspaceId).expect(200)).body as PortfolioReport;
    // Today falls in December 2026 or later on this project's machines; the default is whole months up to this one.
    const today = new Date();
    const lastDay = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
    expect(report.range.to).toBe(lastDay);
    expect(report.journeys.map((j) => j.name).sort()).toEqual([DEMO_JOURNEY.name, 'Returns'].sort());
    const journey = report.journeys.find((j) => j.id === demoJourneyId);
    expect(journey).toMatchObject({ stageCount: DEMO_JOURNEY.stages.length, touchpointCount: DEMO_JOURNEY.touchpoints.length });

    // Open pains: the seed's unresolved pain points by severity.
    const open = DEMO_ANNOTATIONS.filter((a) => a.kind === 'pain_point' && (a.status ?? 'open') !== 'resolved' && a.status !== 'wont_fix');
    for (const severity of ['low', 'medium', 'high', 'critical'] as const) {
      expect(journey?.openPains[severity]).toBe(open.filter((a) => a.severity === severity).length);
    }
    // Health: the canvas's health of each key touchpoint metric (its latest month lies inside the default range).
    const metrics = (await given.http().get(`/api/journeys/${demoJourneyId}/metrics`).set('Cookie', demo.cookie).expect(200)).body as MetricAttachmentDto[];
    const keyed = metrics.filter((m) => m.isKey && m.touchpointId !== null);
    expect(keyed.length).toBeGreaterThan(0);
    for (const health of ['on_target', 'at_risk', 'off_target'] as const) {
      expect(journey?.health[health]).toBe(keyed.filter((m) => m.health === health).length);
    }
    expect(journey?.health.no_data).toBe(0);
    // A year of data before the range's last months: the trend has both sides.
    expect(journey?.trend).not.toBeNull();

    const returns = report.journeys.find((j) => j.id === secondJourneyId);
    expect(returns?.health).toEqual({ on_target: 0, at_risk: 0, off_target: 0, no_data: 2 });
    expect(report.totals).toEqual({
      journeys: 2,
      touchpoints: DEMO_JOURNEY.touchpoints.length + 3,
      health: {
        on_target: journey?.health.on_target,
        at_risk: journey?.health.at_risk,
        off_target: journey?.health.off_target,
        no_data: 2,
      },
      openPains: {
        low: (journey?.openPains.low ?? 0) + 0,
        medium: (journey?.openPains.medium ?? 0) + 1,
        high: (journey?.openPains.high ?? 0) + 0,
        critical: (journey?.openPains.critical ?? 0) + 1,
      },
    });
  });

  it('reads the same few statements however many journeys the workspace holds', async () => {
    const count = async (): Promise<number> => {
      const sql = jest.spyOn(PostgresQueryRunner.prototype, 'query');
      await get(demo, demo.workspaceId).expect(200);
      const statements = sql.mock.calls.length;
      sql.mockRestore();
      return statements;
    };
    const before = await count();
    for (let i = 0; i < 4; i += 1) {
      const { journey, touchpoints } = await given.journeyWithTouchpoints(demo, 2);
      await given.attach(demo, journey.id, { metric: 'csat', touchpointId: touchpoints[0]?.id ?? '', target: 80, warning: 70, isKey: true });
    }
    expect(await count()).toBe(before);
    expect(before).toBeLessThan(15);
  });

  it('lets every role read it', async () => {
    const owner = await given.user();
    for (const role of ['editor', 'commenter', 'viewer'] as const) {
      const member = await given.memberOf(owner, role);
      const report = (await get(member, owner.workspaceId).expect(200)).body as PortfolioReport;
      expect(report.journeys).toEqual([]);
      expect(report.totals).toEqual({
        journeys: 0,
        touchpoints: 0,
        health: { on_target: 0, at_risk: 0, off_target: 0, no_data: 0 },
        openPains: { low: 0, medium: 0, high: 0, critical: 0 },
      });
    }
  });

  it("answers another workspace's portfolio 404, like a missing one, and refuses no session", async () => {
    const stranger = await given.user();
    const notFound = (await get(stranger, demo.workspaceId).expect(404)).body as Problem;
    expect(notFound.code).toBe('WORKSPACE_NOT_FOUND');
    await get(stranger, randomUUID()).expect(404);
    await given.http().get(`/api/workspaces/${demo.workspaceId}/portfolio`).expect(401);
  });

  it.each([
    ['?from=2024-02-30&to=2024-03-31', 'from'],
    ['?from=2024-03-01&to=2024-01-31', 'to'],
    ['?from=2000-01-01&to=2024-01-31', 'to'],
    ['?from=2024-01-01', 'to'],
    ['?to=2024-01-01', 'from'],
    ['?from=yesterday&to=2024-01-01', 'from'],
    ['?from=2024-01-01&to=2024-02-01&extra=1', 'extra'],
  ])('refuses %s naming %s', async (query, field) => {
    const response = await get(demo, demo.workspaceId, query).expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    const problem = response.body as Problem;
    expect(problem.errors?.map((e) => e.path)).toContain(field);
  });

  it('answers a malformed workspace id 400', async () => {
    await get(demo, 'not-a-uuid').expect(400);
  });
});
