import type {
  AnnotationPage,
  AnnotationSummaryResponse,
  AuditPage,
  JourneyGraph,
  JourneySummaryDto,
  MeResponse,
  MetricAttachmentDto,
  MetricRollupDto,
  NeedsReviewResponse,
  Page,
} from '@cxmap/domain';
import { DemoSeeder } from '../src/database/seeds/demo-seeder';
import { DEMO_ANNOTATIONS, DEMO_REVIEW_DATES } from '../src/database/seeds/demo-annotations';
import { DEMO_METRICS } from '../src/database/seeds/demo-metrics';
import { DEMO_EMAIL, DEMO_JOURNEY, DEMO_WORKSPACE_NAME } from '../src/database/seeds/demo-journey';
import { useTestApp } from './support/test-app-context';

describe('demo seed', () => {
  const ctx = useTestApp();

  it('seeds the demo once, through the write path, and can be run again', async () => {
    const seeder = ctx.app.get(DemoSeeder);
    const first = await seeder.seed({ mode: 'postgres', demoPassword: 'first demo password' });
    expect(first).toEqual({ created: true, password: 'first demo password', generated: false });
    const second = await seeder.seed({ mode: 'postgres', demoPassword: 'second demo password' });
    expect(second).toEqual({ created: false, password: 'second demo password', generated: false });

    // The password follows DEMO_PASSWORD; the old one no longer works.
    await ctx.given.http().post('/api/auth/login').send({ email: DEMO_EMAIL, password: 'first demo password' }).expect(401);
    const login = await ctx.given.http().post('/api/auth/login').send({ email: DEMO_EMAIL, password: 'second demo password' }).expect(200);
    const me = login.body as MeResponse;
    expect(me.workspaces).toEqual([{ id: expect.any(String), name: DEMO_WORKSPACE_NAME, role: 'owner' }]);
    const cookie = ((login.headers['set-cookie'] as unknown as string[])[0] ?? '').split(';')[0] ?? '';

    const list = await ctx.given.http().get(`/api/workspaces/${me.workspaces[0]?.id}/journeys`).set('Cookie', cookie).expect(200);
    const journeys = (list.body as Page<JourneySummaryDto>).items;
    expect(journeys).toHaveLength(1);
    expect(journeys[0]).toMatchObject({
      name: DEMO_JOURNEY.name,
      revision: 1,
      stageCount: DEMO_JOURNEY.stages.length,
      touchpointCount: DEMO_JOURNEY.touchpoints.length,
    });

    const graph = (await ctx.given.http().get(`/api/journeys/${journeys[0]?.id}`).set('Cookie', cookie).expect(200)).body as JourneyGraph;
    expect(graph.persona).toMatchObject({ name: DEMO_JOURNEY.persona.name });
    expect(graph.links).toHaveLength(DEMO_JOURNEY.links.length);

    // A year of monthly measurements behind every demo metric; chat satisfaction above voice above email.
    const metrics = (await ctx.given.http().get(`/api/journeys/${journeys[0]?.id}/metrics`).set('Cookie', cookie).expect(200))
      .body as MetricAttachmentDto[];
    expect(metrics).toHaveLength(DEMO_METRICS.length);
    expect(metrics.every((m) => m.latest !== null && m.latest.previousScore !== null && m.health !== 'no_data')).toBe(true);
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 370 * 86_400_000).toISOString().slice(0, 10);
    const csat = (await ctx.given.http().get(`/api/journeys/${journeys[0]?.id}/metrics/rollup?metric=csat&by=channel&from=${from}&to=${to}`).set('Cookie', cookie).expect(200))
      .body as MetricRollupDto;
    const byChannel = new Map(csat.groups.map((g) => [g.key, g.score ?? 0]));
    expect(byChannel.get('live_chat')).toBeGreaterThan(byChannel.get('phone') ?? 100);
    expect(byChannel.get('phone')).toBeGreaterThan(byChannel.get('email') ?? 100);
    // Pain points from the seeds' themes, some resolved, with replies and evidence, by the demo user.
    const annotations = (await ctx.given.http().get(`/api/journeys/${journeys[0]?.id}/annotations`).set('Cookie', cookie).expect(200))
      .body as AnnotationPage;
    expect(annotations.items).toHaveLength(DEMO_ANNOTATIONS.length);
    expect(annotations.items.length).toBeGreaterThanOrEqual(8);
    expect(new Set(annotations.items.map((a) => a.kind))).toEqual(new Set(['pain_point', 'opportunity', 'idea', 'comment']));
    expect(annotations.items.filter((a) => a.status === 'resolved' || a.status === 'wont_fix').length).toBeGreaterThanOrEqual(2);
    expect(annotations.items.reduce((sum, a) => sum + a.replyCount, 0)).toBeGreaterThanOrEqual(2);
    expect(annotations.items.some((a) => a.evidence.some((e) => e.kind === 'quote'))).toBe(true);
    expect(annotations.items.every((a) => a.author.id === me.user.id)).toBe(true);
    const titles = annotations.items.map((a) => a.title).join(' | ');
    expect(titles).toMatch(/on hold/);
    expect(titles).toMatch(/[Tt]ransferred/);
    expect(titles).toMatch(/[Ss]cripted replies/);
    const summary = (await ctx.given.http().get(`/api/journeys/${journeys[0]?.id}/annotations/summary`).set('Cookie', cookie).expect(200))
      .body as AnnotationSummaryResponse;
    const phoneAgent = graph.touchpoints.find((t) => t.title.startsWith('Phone agent'));
    expect(summary.targets.find((t) => t.target.id === phoneAgent?.id)).toMatchObject({ open: 2, bySeverity: { critical: 1, high: 1 } });
    expect(Object.keys(summary.reviewBy)).toHaveLength(DEMO_REVIEW_DATES.length);
    // The needs-review queue: two touchpoints past their date, the unowned critical wait on the phone.
    const queue = (await ctx.given.http().get(`/api/workspaces/${me.workspaces[0]?.id}/needs-review`).set('Cookie', cookie).expect(200))
      .body as NeedsReviewResponse;
    expect(queue.overdueTouchpoints.items.map((i) => [i.touchpoint.title, i.stage.name, i.daysOverdue])).toEqual([
      [phoneAgent?.title, 'Use', 30],
      ['Shipping text with tracking link', 'Use', 12],
    ]);
    expect(queue.unownedCriticalPainPoints.items.map((i) => [i.annotation.title, i.target.name, i.journey.name])).toEqual([
      ['14 minutes on hold before an agent answers', phoneAgent?.title, DEMO_JOURNEY.name],
    ]);
    // The seed is audited as the system's doing, not the demo user's.
    const audit = await ctx.given.http().get(`/api/workspaces/${me.workspaces[0]?.id}/audit`).set('Cookie', cookie).expect(200);
    expect((audit.body as AuditPage).items.map((event) => [event.action, event.actor])).toEqual([
      ['journey.created', { kind: 'system', id: null, label: 'CXMap' }],
      ['workspace.created', { kind: 'system', id: null, label: 'CXMap' }],
    ]);
    // Server mode never offers the demo login.
    await ctx.given.http().get('/api/auth/options').expect(200, { demo: null });
  });

  it('in server mode without DEMO_PASSWORD keeps the existing password', async () => {
    const seeder = ctx.app.get(DemoSeeder);
    const again = await seeder.seed({ mode: 'postgres', demoPassword: null });
    expect(again).toEqual({ created: false, password: null, generated: false });
    await ctx.given.http().post('/api/auth/login').send({ email: DEMO_EMAIL, password: 'second demo password' }).expect(200);
  });
});
