import { randomUUID } from 'node:crypto';
import type { MetricRollupDto, Problem, RollupGroupDto } from '@cxmap/domain';
import { useTestApp } from './support/test-app-context';
import { createLink, createStage, createTouchpoint } from './support/given';

/**
 * One journey, two stages: live chat (stage 1, personnel, Support), phone and email (stage 2;
 * phone personnel / Support, email marketing / CRM), and a hand-off link chat → phone. Every
 * expected figure is worked out by hand in the comments.
 */
describe('metric rollups', () => {
  const ctx = useTestApp({ owner: true });
  let journeyId: string;
  let stage1: string;
  let stage2: string;
  const ids = { chat: randomUUID(), phone: randomUUID(), email: randomUUID(), link: randomUUID() };

  beforeAll(async () => {
    const journey = await ctx.given.journey(ctx.owner);
    journeyId = journey.id;
    stage1 = (await ctx.given.graph(ctx.owner, journeyId)).stages[0]?.id ?? '';
    stage2 = randomUUID();
    await ctx.given.applied(ctx.owner, journeyId, [
      createStage({ name: 'Support', order: 1 }, stage2),
      createTouchpoint(stage1, { title: 'Chat', channel: 'live_chat', interaction: 'personnel', ownerTeam: 'Support' }, ids.chat),
      createTouchpoint(stage2, { title: 'Call', channel: 'phone', interaction: 'personnel', ownerTeam: 'Support' }, ids.phone),
      createTouchpoint(stage2, { title: 'Mail', channel: 'email', interaction: 'marketing', ownerTeam: 'CRM' }, ids.email),
      createLink(ids.chat, ids.phone, { type: 'hand_off' }, ids.link),
    ]);
    const attach = async (metric: string, on: keyof typeof ids, target: number, warning: number): Promise<string> =>
      (await ctx.given.attach(ctx.owner, journeyId, { metric, ...(on === 'link' ? { linkId: ids.link } : { touchpointId: ids[on] }), target, warning })).id;
    const nps = { chat: await attach('nps', 'chat', 40, 20), phone: await attach('nps', 'phone', 40, 20) };
    const csat = { chat: await attach('csat', 'chat', 85, 80), phone: await attach('csat', 'phone', 85, 80), email: await attach('csat', 'email', 85, 80) };
    const fcr = { chat: await attach('fcr', 'chat', 75, 65), phone: await attach('fcr', 'phone', 75, 65) };
    const transfer = await attach('transfer_rate', 'link', 10, 20);
    const ces = await attach('ces', 'email', 5.5, 5);
    const month = (attachmentId: string, periodStart: string, figures: object) => ({ attachmentId, period: 'month', periodStart, ...figures });
    await ctx.given
      .measurements(ctx.owner, journeyId, [
        month(nps.chat, '2025-04-01', { promoters: 50, passives: 30, detractors: 20 }),
        month(nps.phone, '2025-04-01', { promoters: 10, passives: 10, detractors: 30 }),
        month(nps.chat, '2025-01-01', { promoters: 40, passives: 40, detractors: 20 }),
        // outside both ranges, and a weekly row: neither is pooled into the Q2 monthly rollup
        month(nps.chat, '2025-07-01', { promoters: 1000, passives: 0, detractors: 0 }),
        { attachmentId: nps.phone, period: 'week', periodStart: '2025-04-07', promoters: 100, passives: 0, detractors: 0 },
        month(csat.chat, '2025-05-01', { ratings: [2, 1, 5, 42, 50] }),
        month(csat.phone, '2025-05-01', { ratings: [3, 2, 7, 40, 48] }),
        month(csat.email, '2025-05-01', { ratings: [6, 3, 6, 25, 20] }),
        month(fcr.chat, '2025-04-01', { numerator: 70, denominator: 100 }),
        month(fcr.chat, '2025-05-01', { numerator: 20, denominator: 25 }),
        month(fcr.phone, '2025-04-01', { numerator: 30, denominator: 50 }),
        month(transfer, '2025-04-01', { numerator: 45, denominator: 300 }),
        month(ces, '2025-06-01', { mean: 5, count: 20 }),
      ])
      .expect(200);
  });

  async function rollup(metric: string, by: string, from = '2025-04-01', to = '2025-06-30', extra = ''): Promise<MetricRollupDto> {
    const response = await ctx.given
      .http()
      .get(`/api/journeys/${journeyId}/metrics/rollup?metric=${metric}&by=${by}&from=${from}&to=${to}${extra}`)
      .set('Cookie', ctx.owner.cookie)
      .expect(200);
    return response.body as MetricRollupDto;
  }

  const scores = (groups: RollupGroupDto[]): [string | null, number | null][] => groups.map((g) => [g.key, g.score === null ? null : Math.round(g.score * 1000) / 1000]);

  it('pools NPS from summed buckets across channels, with the previous quarter for the trend', async () => {
    const result = await rollup('nps', 'channel');
    expect(result).toMatchObject({ metric: 'nps', by: 'channel', period: 'month', range: { from: '2025-04-01', to: '2025-06-30' } });
    expect(result.previousRange).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    // chat (50 − 20) ÷ 100 = 30; phone (10 − 30) ÷ 50 = −40
    expect(scores(result.groups)).toEqual([
      ['live_chat', 30],
      ['phone', -40],
    ]);
    expect(result.groups.map((g) => g.label)).toEqual(['Live chat', 'Phone']);
    // all: promoters 60, detractors 50, n 150 → 6.667 (never (30 − 40) ÷ 2 = −5)
    expect(result.total.score).toBeCloseTo(20 / 3, 10);
    expect(result.total).toMatchObject({ sampleSize: 150, rows: 2, smallSample: false });
    // Q1: chat only, (40 − 20) ÷ 100 = 20 → chat 30 is improving, the whole 6.7 worsening
    expect(result.groups[0]).toMatchObject({ previousScore: 20, previousSampleSize: 100, trend: 'improving' });
    expect(result.groups[1]).toMatchObject({ previousScore: null, trend: null });
    expect(result.total).toMatchObject({ previousScore: 20, trend: 'worsening' });
  });

  it('weights CSAT by answers across channels, stages, owner teams and service vs experience', async () => {
    // chat 92 of 100, phone 88 of 100, email 45 of 60
    expect(scores((await rollup('csat', 'channel')).groups)).toEqual([
      ['email', 75],
      ['live_chat', 92],
      ['phone', 88],
    ]);
    const all = await rollup('csat', 'journey');
    // (92 + 88 + 45) ÷ 260 = 86.538 %
    expect(scores(all.groups)).toEqual([[journeyId, 86.538]]);
    expect(all.groups[0]?.label).toBe('Test journey');
    expect(all.total.score).toBeCloseTo((225 / 260) * 100, 10);
    // stage 1: chat 92 %; stage 2: (88 + 45) ÷ 160 = 83.125 %
    const stages = await rollup('csat', 'stage');
    expect(scores(stages.groups)).toEqual([
      [stage1, 92],
      [stage2, 83.125],
    ]);
    expect(stages.groups.map((g) => g.label)).toEqual(['Stage 1', 'Support']);
    // Support (chat + phone): 180 ÷ 200 = 90 %; CRM: 75 %
    expect(scores((await rollup('csat', 'owner_team')).groups)).toEqual([
      ['CRM', 75],
      ['Support', 90],
    ]);
    // sorted by label: "Customer service", then "Rest of the experience"
    expect(scores((await rollup('csat', 'service')).groups)).toEqual([
      ['service', 90],
      ['experience', 75],
    ]);
    expect(scores((await rollup('csat', 'interaction_type')).groups)).toEqual([
      ['personnel', 90],
      ['marketing', 75],
    ]);
  });

  it('pools ratios from summed numerators and denominators, and hand-off metrics at the link’s source', async () => {
    const fcr = await rollup('fcr', 'channel');
    // chat: (70 + 20) ÷ (100 + 25) = 72 %; phone 30 ÷ 50 = 60 %; all: 120 ÷ 175 = 68.571 %
    expect(scores(fcr.groups)).toEqual([
      ['live_chat', 72],
      ['phone', 60],
    ]);
    expect(fcr.groups[0]).toMatchObject({ sampleSize: 125, rows: 2 });
    expect(fcr.total.score).toBeCloseTo((120 / 175) * 100, 10);
    // transfer rate on the chat → phone hand-off: 45 ÷ 300 = 15 %, counted at the chat touchpoint
    expect(scores((await rollup('transfer_rate', 'channel')).groups)).toEqual([['live_chat', 15]]);
  });

  it('flags small samples and narrows to one period kind, range and dimension', async () => {
    // CES on email: mean 5 from 20 respondents → n < 30
    const ces = await rollup('ces', 'channel');
    expect(ces.groups).toEqual([expect.objectContaining({ key: 'email', score: 5, sampleSize: 20, smallSample: true })]);
    // weekly: only the weekly phone row (100 promoters) → 100
    expect(scores((await rollup('nps', 'channel', '2025-04-01', '2025-06-30', '&period=week')).groups)).toEqual([['phone', 100]]);
    // July only: 1 000 promoters → 100, June had nothing → no trend
    const july = await rollup('nps', 'journey', '2025-07-01', '2025-07-31');
    expect(july.total).toMatchObject({ score: 100, previousScore: null, trend: null });
    const none = await rollup('nps', 'channel', '2025-04-01', '2025-06-30', '&dimension=region%3Dnorth');
    expect(none.groups).toEqual([]);
    expect(none.total).toMatchObject({ score: null, sampleSize: null, rows: 0 });
  });

  it('compares the journeys of a workspace, pooling each from its own raw figures', async () => {
    const { journey, touchpoints } = await ctx.given.journeyWithTouchpoints(ctx.owner, 1);
    const other = await ctx.given.attach(ctx.owner, journey.id, { metric: 'csat', touchpointId: touchpoints[0]?.id ?? '', target: 85, warning: 80 });
    await ctx.given
      .measurements(ctx.owner, journey.id, [{ attachmentId: other.id, period: 'month', periodStart: '2025-06-01', ratings: [0, 0, 10, 45, 45] }])
      .expect(200);
    const url = `/api/workspaces/${ctx.owner.workspaceId}/metrics/rollup?metric=csat&by=journey&from=2025-04-01&to=2025-06-30`;
    const result = (await ctx.given.http().get(url).set('Cookie', ctx.owner.cookie).expect(200)).body as MetricRollupDto;
    // first journey: 225 of 260 = 86.538 %; second: 90 of 100 = 90 %; workspace: 315 of 360 = 87.5 %
    expect(new Map(scores(result.groups))).toEqual(
      new Map([
        [journeyId, 86.538],
        [journey.id, 90],
      ]),
    );
    expect(result.total).toMatchObject({ score: 87.5, sampleSize: 360, rows: 4 });
    const stranger = await ctx.given.user();
    await ctx.given.http().get(url).set('Cookie', stranger.cookie).expect(404);
  });

  it('refuses bad parameters with the failing field', async () => {
    const url = `/api/journeys/${journeyId}/metrics/rollup`;
    const paths = async (query: string): Promise<string[]> => {
      const response = await ctx.given.http().get(`${url}?${query}`).set('Cookie', ctx.owner.cookie).expect(400);
      return ((response.body as Problem).errors ?? []).map((e) => e.path).sort();
    };
    expect(await paths('metric=nps&by=planet&from=2025-01-01&to=2025-02-30')).toEqual(['by']);
    expect(await paths('metric=nps&by=stage&from=2025-01-01&to=2025-02-30')).toEqual(['to']);
    expect(await paths('metric=nps&by=stage&from=2025-03-01&to=2025-02-01')).toEqual(['to']);
    expect(await paths('metric=nps&by=stage&from=yesterday&to=2025-02-01&period=year')).toEqual(['from', 'period']);
    expect(await paths('by=stage&from=2025-01-01&to=2025-02-01&evil=1')).toEqual(['evil', 'metric']);
    const unknown = await ctx.given.http().get(`${url}?metric=nope&by=stage&from=2025-01-01&to=2025-02-01`).set('Cookie', ctx.owner.cookie).expect(404);
    expect((unknown.body as Problem).code).toBe('METRIC_NOT_FOUND');
  });
});
