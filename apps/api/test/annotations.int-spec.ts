import { randomUUID } from 'node:crypto';
import type {
  AnnotationDto,
  AnnotationPage,
  AnnotationReplyDto,
  AnnotationSummaryResponse,
  AuditPage,
  NeedsReviewResponse,
  Problem,
} from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { useTestApp } from './support/test-app-context';
import { createLink, type TestUser } from './support/given';

interface Setup {
  owner: TestUser;
  editor: TestUser;
  commenter: TestUser;
  viewer: TestUser;
  journeyId: string;
  stageId: string;
  touchpoints: [string, string];
  linkId: string;
}

describe('annotations', () => {
  const ctx = useTestApp();
  let s: Setup;

  /** A workspace with a member of each role and a journey: one stage, two touchpoints, one link. */
  async function setup(): Promise<Setup> {
    const owner = await ctx.given.user({ name: 'Olivia Owner' });
    const [editor, commenter, viewer] = [await ctx.given.memberOf(owner, 'editor'), await ctx.given.memberOf(owner, 'commenter'), await ctx.given.memberOf(owner, 'viewer')];
    const { journey, stageId, touchpoints } = await ctx.given.journeyWithTouchpoints(owner, 2);
    const [a, b] = touchpoints.map((t) => t.id);
    if (!a || !b) throw new Error('two touchpoints expected');
    const linkId = randomUUID();
    await ctx.given.applied(owner, journey.id, [createLink(a, b, { type: 'hand_off' }, linkId)]);
    return { owner, editor, commenter, viewer, journeyId: journey.id, stageId, touchpoints: [a, b], linkId };
  }

  const base = (journeyId: string) => `/api/journeys/${journeyId}/annotations`;
  const post = (user: TestUser, journeyId: string, body: object) => ctx.given.http().post(base(journeyId)).set('Cookie', user.cookie).send(body);
  const patch = (user: TestUser, journeyId: string, id: string, body: object) =>
    ctx.given.http().patch(`${base(journeyId)}/${id}`).set('Cookie', user.cookie).send(body);

  async function annotate(user: TestUser, body: object, journeyId = s.journeyId): Promise<AnnotationDto> {
    const response = await post(user, journeyId, body);
    if (response.status !== 201) throw new Error(`annotate failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as AnnotationDto;
  }

  const painPoint = (touchpointId: string, overrides: object = {}) => ({
    touchpointId,
    kind: 'pain_point',
    severity: 'high',
    title: 'Fourteen minutes on hold',
    ...overrides,
  });

  beforeAll(async () => {
    s = await setup();
  });

  it('creates each kind on a touchpoint, a stage and a link, and lists them newest first with reply counts', async () => {
    const { journeyId } = await ctx.given.journeyWithTouchpoints(s.owner, 0).then(({ journey }) => ({ journeyId: journey.id }));
    const graph = await ctx.given.graph(s.owner, journeyId);
    const stageId = graph.stages[0]?.id ?? '';
    const [tp, tp2, link] = [randomUUID(), randomUUID(), randomUUID()];
    await ctx.given.applied(s.owner, journeyId, [
      { op: 'create', entity: 'touchpoint', id: tp, data: { ...touchpoint(stageId), title: 'Phone support' } },
      { op: 'create', entity: 'touchpoint', id: tp2, data: { ...touchpoint(stageId), title: 'Claims' } },
      createLink(tp, tp2, { type: 'escalation' }, link),
    ]);
    const pain = await annotate(
      s.commenter,
      {
        touchpointId: tp,
        kind: 'pain_point',
        severity: 'critical',
        title: '  Transferred twice  ',
        body: 'Passed from department to department.',
        evidence: [
          { kind: 'quote', text: '“I explained it three times.”', url: null },
          { kind: 'ticket', text: 'Ticket 4711', url: 'https://support.example.com/tickets/4711' },
        ],
      },
      journeyId,
    );
    expect(pain).toEqual({
      id: expect.any(String),
      journeyId,
      target: { kind: 'touchpoint', id: tp },
      kind: 'pain_point',
      severity: 'critical',
      title: 'Transferred twice',
      body: 'Passed from department to department.',
      status: 'open',
      ownerTeam: null,
      evidence: [
        { kind: 'quote', text: '“I explained it three times.”', url: null },
        { kind: 'ticket', text: 'Ticket 4711', url: 'https://support.example.com/tickets/4711' },
      ],
      author: { id: s.commenter.me.user.id, name: s.commenter.me.user.name },
      replyCount: 0,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      resolvedAt: null,
      version: 1,
    });
    const opportunity = await annotate(s.editor, { stageId, kind: 'opportunity', title: 'Call-back instead of hold' }, journeyId);
    const idea = await annotate(s.owner, { linkId: link, kind: 'idea', title: 'Warm transfer with notes', ownerTeam: 'Claims' }, journeyId);
    const comment = await annotate(s.editor, { touchpointId: tp2, kind: 'comment', title: 'Seen in March too', status: 'resolved' }, journeyId);
    expect([opportunity.target, opportunity.severity]).toEqual([{ kind: 'stage', id: stageId }, null]);
    expect([idea.target, idea.ownerTeam]).toEqual([{ kind: 'link', id: link }, 'Claims']);
    expect([comment.status, comment.resolvedAt]).toEqual(['resolved', expect.any(String)]);

    await ctx.given.http().post(`${base(journeyId)}/${pain.id}/replies`).set('Cookie', s.editor.cookie).send({ body: 'On it' }).expect(201);
    const list = (await ctx.given.http().get(base(journeyId)).set('Cookie', s.viewer.cookie).expect(200)).body as AnnotationPage;
    expect(list.items.map((a) => [a.title, a.replyCount])).toEqual([
      ['Seen in March too', 0],
      ['Warm transfer with notes', 0],
      ['Call-back instead of hold', 0],
      ['Transferred twice', 1],
    ]);
    expect(list.nextCursor).toBeNull();

    // Filters, and keyset pages of a capped size.
    const get = async (query: string) => ((await ctx.given.http().get(`${base(journeyId)}?${query}`).set('Cookie', s.viewer.cookie).expect(200)).body as AnnotationPage).items.map((a) => a.title);
    expect(await get(`target=${tp}`)).toEqual(['Transferred twice']);
    expect(await get(`target=${link}`)).toEqual(['Warm transfer with notes']);
    expect(await get('kind=opportunity')).toEqual(['Call-back instead of hold']);
    expect(await get('status=resolved')).toEqual(['Seen in March too']);
    expect(await get('severity=critical')).toEqual(['Transferred twice']);
    const first = (await ctx.given.http().get(`${base(journeyId)}?limit=3`).set('Cookie', s.viewer.cookie).expect(200)).body as AnnotationPage;
    expect(first.items).toHaveLength(3);
    const second = (await ctx.given.http().get(`${base(journeyId)}?limit=3&cursor=${first.nextCursor}`).set('Cookie', s.viewer.cookie).expect(200))
      .body as AnnotationPage;
    expect([second.items.map((a) => a.title), second.nextCursor]).toEqual([['Transferred twice'], null]);
    const bad = await ctx.given.http().get(`${base(journeyId)}?limit=201&kind=rant&cursor=nope`).set('Cookie', s.viewer.cookie).expect(400);
    expect((bad.body as Problem).errors?.map((e) => e.path).sort()).toEqual(['kind', 'limit']);
    const badCursor = await ctx.given.http().get(`${base(journeyId)}?cursor=nope`).set('Cookie', s.viewer.cookie).expect(400);
    expect((badCursor.body as Problem).errors).toEqual([{ path: 'cursor', message: expect.any(String) }]);
  });

  it('holds pain points to a severity and the other kinds to none, with field paths', async () => {
    const [tp] = s.touchpoints;
    const missing = await post(s.commenter, s.journeyId, { touchpointId: tp, kind: 'pain_point', title: 'No severity' }).expect(400);
    expect((missing.body as Problem).errors).toEqual([{ path: 'severity', message: expect.stringContaining('needs a severity') }]);
    const extra = await post(s.commenter, s.journeyId, { touchpointId: tp, kind: 'idea', severity: 'low', title: 'Idea' }).expect(400);
    expect((extra.body as Problem).errors).toEqual([{ path: 'severity', message: expect.stringContaining('only pain points') }]);
    const wrong = await post(s.commenter, s.journeyId, { touchpointId: tp, kind: 'pain_point', severity: 'urgent', title: '' }).expect(400);
    expect((wrong.body as Problem).errors?.map((e) => e.path).sort()).toEqual(['severity', 'title']);
    const two = await post(s.commenter, s.journeyId, { touchpointId: tp, stageId: s.stageId, kind: 'comment', title: 'Two targets' }).expect(400);
    expect((two.body as Problem).errors?.map((e) => e.path)).toEqual(['touchpointId', 'stageId', 'linkId']);
    const long = await post(s.commenter, s.journeyId, { touchpointId: tp, kind: 'comment', title: 'x'.repeat(201), body: 'y'.repeat(10_001) }).expect(400);
    expect((long.body as Problem).errors?.map((e) => e.path).sort()).toEqual(['body', 'title']);

    // Editing: an idea that becomes a pain point needs a severity; a pain point that stops being one loses it.
    const idea = await annotate(s.commenter, { touchpointId: tp, kind: 'idea', title: 'Self-service tracking' });
    await patch(s.commenter, s.journeyId, idea.id, { version: 1, kind: 'pain_point' }).expect(400);
    const pain = (await patch(s.commenter, s.journeyId, idea.id, { version: 1, kind: 'pain_point', severity: 'medium' }).expect(200)).body as AnnotationDto;
    expect([pain.kind, pain.severity, pain.version]).toEqual(['pain_point', 'medium', 2]);
    const back = (await patch(s.commenter, s.journeyId, idea.id, { version: 2, kind: 'opportunity' }).expect(200)).body as AnnotationDto;
    expect([back.kind, back.severity]).toEqual(['opportunity', null]);
  });

  it('refuses evidence that is not an http(s) link or says nothing', async () => {
    const [tp] = s.touchpoints;
    const body = (evidence: object[]) => ({ touchpointId: tp, kind: 'comment', title: 'With evidence', evidence });
    for (const url of ['javascript:alert(1)', 'data:text/html,hi', '//example.com/x', 'ftp://example.com/f', 'https://', 'https://exa mple.com']) {
      const response = await post(s.commenter, s.journeyId, body([{ kind: 'link', text: '', url }])).expect(400);
      expect([url, (response.body as Problem).errors?.map((e) => e.path)]).toEqual([url, ['evidence.0.url']]);
    }
    const empty = await post(s.commenter, s.journeyId, body([{ kind: 'survey', text: ' ', url: null }])).expect(400);
    expect((empty.body as Problem).errors?.map((e) => e.path)).toEqual(['evidence.0']);
    const quote = await post(s.commenter, s.journeyId, body([{ kind: 'quote', text: '', url: 'https://example.com' }])).expect(400);
    expect((quote.body as Problem).errors?.map((e) => e.path)).toEqual(['evidence.0.text']);
    const kind = await post(s.commenter, s.journeyId, body([{ kind: 'rumour', text: 'x', url: null }])).expect(400);
    expect((kind.body as Problem).errors?.map((e) => e.path)).toEqual(['evidence.0.kind']);
    const many = await post(s.commenter, s.journeyId, body(Array.from({ length: 11 }, () => ({ kind: 'quote', text: 'x', url: null })))).expect(400);
    expect((many.body as Problem).errors?.map((e) => e.path)).toEqual(['evidence']);
    const ok = await annotate(s.commenter, body([{ kind: 'survey', text: '', url: 'http://survey.example.com/r/12' }]));
    expect(ok.evidence).toEqual([{ kind: 'survey', text: '', url: 'http://survey.example.com/r/12' }]);
  });

  it('lets commenters and editors write, viewers only read, authors edit their own, anyone triage, owners delete any', async () => {
    const [tp] = s.touchpoints;
    const forbidden = await post(s.viewer, s.journeyId, painPoint(tp)).expect(403);
    expect((forbidden.body as Problem).code).toBe('FORBIDDEN');
    const byCommenter = await annotate(s.commenter, painPoint(tp));
    const byEditor = await annotate(s.editor, painPoint(tp, { title: 'Scripted replies fix nothing' }));

    // The viewer reads, and nothing else.
    await ctx.given.http().get(base(s.journeyId)).set('Cookie', s.viewer.cookie).expect(200);
    await patch(s.viewer, s.journeyId, byCommenter.id, { version: 1, status: 'in_progress' }).expect(403);
    await ctx.given.http().delete(`${base(s.journeyId)}/${byCommenter.id}`).set('Cookie', s.viewer.cookie).expect(403);

    // Another's text is the author's alone, even for an owner; status and owner team are anyone's who may comment.
    const notYours = await patch(s.commenter, s.journeyId, byEditor.id, { version: 1, title: 'Rewritten' }).expect(403);
    expect((notYours.body as Problem).detail).toContain('Only the author');
    await patch(s.owner, s.journeyId, byEditor.id, { version: 1, severity: 'low' }).expect(403);
    const triaged = (await patch(s.commenter, s.journeyId, byEditor.id, { version: 1, status: 'in_progress', ownerTeam: 'Customer service' }).expect(200))
      .body as AnnotationDto;
    expect([triaged.status, triaged.ownerTeam, triaged.resolvedAt, triaged.version]).toEqual(['in_progress', 'Customer service', null, 2]);
    const resolved = (await patch(s.editor, s.journeyId, byEditor.id, { version: 2, status: 'resolved', title: 'Scripts rewritten' }).expect(200))
      .body as AnnotationDto;
    expect([resolved.status, resolved.title, resolved.resolvedAt]).toEqual(['resolved', 'Scripts rewritten', expect.any(String)]);
    const reopened = (await patch(s.owner, s.journeyId, byEditor.id, { version: 3, status: 'open' }).expect(200)).body as AnnotationDto;
    expect(reopened.resolvedAt).toBeNull();
    const empty = await patch(s.editor, s.journeyId, byEditor.id, { version: 4 }).expect(400);
    expect((empty.body as Problem).detail).toContain('at least one');

    // Deleting: not another commenter's, but the author's own, and an owner deletes anyone's.
    await ctx.given.http().delete(`${base(s.journeyId)}/${byEditor.id}`).set('Cookie', s.commenter.cookie).expect(403);
    await ctx.given.http().delete(`${base(s.journeyId)}/${byCommenter.id}`).set('Cookie', s.commenter.cookie).expect(204);
    await ctx.given.http().delete(`${base(s.journeyId)}/${byEditor.id}`).set('Cookie', s.owner.cookie).expect(204);
    const gone = await patch(s.editor, s.journeyId, byEditor.id, { version: 4, status: 'resolved' }).expect(404);
    expect((gone.body as Problem).code).toBe('ANNOTATION_NOT_FOUND');
  });

  it('answers 409 to a stale version and changes nothing', async () => {
    const [tp] = s.touchpoints;
    const created = await annotate(s.commenter, painPoint(tp));
    await patch(s.editor, s.journeyId, created.id, { version: 1, status: 'in_progress' }).expect(200);
    const stale = await patch(s.commenter, s.journeyId, created.id, { version: 1, title: 'Lost update' }).expect(409);
    expect((stale.body as Problem).code).toBe('VERSION_CONFLICT');
    const list = (await ctx.given.http().get(`${base(s.journeyId)}?target=${tp}`).set('Cookie', s.viewer.cookie).expect(200)).body as AnnotationPage;
    expect(list.items.find((a) => a.id === created.id)).toMatchObject({ title: created.title, status: 'in_progress', version: 2 });
  });

  it('threads replies one level deep: read by all, written by commenters, edited by their author', async () => {
    const [tp] = s.touchpoints;
    const annotation = await annotate(s.editor, painPoint(tp));
    const replies = `${base(s.journeyId)}/${annotation.id}/replies`;
    expect((await ctx.given.http().get(replies).set('Cookie', s.viewer.cookie).expect(200)).body).toEqual([]);
    await ctx.given.http().post(replies).set('Cookie', s.viewer.cookie).send({ body: 'Me too' }).expect(403);
    const first = (await ctx.given.http().post(replies).set('Cookie', s.commenter.cookie).send({ body: '  Same on chat  ' }).expect(201)).body as AnnotationReplyDto;
    expect(first).toEqual({
      id: expect.any(String),
      annotationId: annotation.id,
      body: 'Same on chat',
      author: { id: s.commenter.me.user.id, name: s.commenter.me.user.name },
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    const second = (await ctx.given.http().post(replies).set('Cookie', s.editor.cookie).send({ body: 'Fix planned' }).expect(201)).body as AnnotationReplyDto;
    await ctx.given.http().post(replies).set('Cookie', s.editor.cookie).send({ body: '   ' }).expect(400);
    const listed = (await ctx.given.http().get(replies).set('Cookie', s.viewer.cookie).expect(200)).body as AnnotationReplyDto[];
    expect(listed.map((r) => r.body)).toEqual(['Same on chat', 'Fix planned']);

    await ctx.given.http().patch(`${replies}/${first.id}`).set('Cookie', s.editor.cookie).send({ version: 1, body: 'Hijacked' }).expect(403);
    await ctx.given.http().patch(`${replies}/${first.id}`).set('Cookie', s.commenter.cookie).send({ version: 1, body: 'Same on chat and phone' }).expect(200);
    const stale = await ctx.given.http().patch(`${replies}/${first.id}`).set('Cookie', s.commenter.cookie).send({ version: 1, body: 'Again' }).expect(409);
    expect((stale.body as Problem).code).toBe('VERSION_CONFLICT');
    await ctx.given.http().delete(`${replies}/${second.id}`).set('Cookie', s.commenter.cookie).expect(403);
    await ctx.given.http().delete(`${replies}/${second.id}`).set('Cookie', s.editor.cookie).expect(204);
    await ctx.given.http().delete(`${replies}/${first.id}`).set('Cookie', s.owner.cookie).expect(204);
    const missing = await ctx.given.http().delete(`${replies}/${first.id}`).set('Cookie', s.owner.cookie).expect(404);
    expect((missing.body as Problem).code).toBe('REPLY_NOT_FOUND');

    // A reply belongs to its annotation: reached through another annotation it does not exist.
    const other = await annotate(s.editor, { stageId: s.stageId, kind: 'comment', title: 'Other' });
    const third = (await ctx.given.http().post(replies).set('Cookie', s.editor.cookie).send({ body: 'Third' }).expect(201)).body as AnnotationReplyDto;
    await ctx.given.http().patch(`${base(s.journeyId)}/${other.id}/replies/${third.id}`).set('Cookie', s.editor.cookie).send({ version: 1, body: 'x' }).expect(404);
    // Deleting the annotation takes its replies with it.
    await ctx.given.http().delete(`${base(s.journeyId)}/${annotation.id}`).set('Cookie', s.editor.cookie).expect(204);
    const [{ n }] = (await ctx.app.get(DataSource).query(`SELECT count(*)::int AS n FROM annotation_replies WHERE annotation_id = $1`, [annotation.id])) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('goes with its touchpoint, stage or link when that is deleted through /changes', async () => {
    const { owner, journeyId, stageId, touchpoints, linkId } = await setup();
    const [a, b] = touchpoints;
    const onLink = await annotate(owner, { linkId, kind: 'comment', title: 'On the link' }, journeyId);
    const onA = await annotate(owner, painPoint(a), journeyId);
    await ctx.given.http().post(`${base(journeyId)}/${onA.id}/replies`).set('Cookie', owner.cookie).send({ body: 'Reply' }).expect(201);
    const onB = await annotate(owner, { touchpointId: b, kind: 'idea', title: 'On B' }, journeyId);
    const onStage = await annotate(owner, { stageId, kind: 'opportunity', title: 'On the stage' }, journeyId);
    const titles = async () => ((await ctx.given.http().get(base(journeyId)).set('Cookie', owner.cookie).expect(200)).body as AnnotationPage).items.map((x) => x.id);

    // Deleting touchpoint A deletes its link too, and both their annotations (and replies).
    await ctx.given.applied(owner, journeyId, [
      { op: 'delete', entity: 'link', id: linkId, version: 1 },
      { op: 'delete', entity: 'touchpoint', id: a, version: 1 },
    ]);
    expect((await titles()).sort()).toEqual([onB.id, onStage.id].sort());
    expect(onLink.id).toBeDefined();
    const [{ n }] = (await ctx.app.get(DataSource).query(`SELECT count(*)::int AS n FROM annotation_replies WHERE annotation_id = $1`, [onA.id])) as [{ n: number }];
    expect(n).toBe(0);
    // Deleting the stage deletes its touchpoints and every annotation on them.
    await ctx.given.applied(owner, journeyId, [
      { op: 'delete', entity: 'touchpoint', id: b, version: 1 },
      { op: 'delete', entity: 'stage', id: stageId, version: 1 },
    ]);
    expect(await titles()).toEqual([]);
  });

  it('answers 404 for another workspace’s journey, annotation, reply and target, and for a missing one', async () => {
    const other = await setup();
    const [tp] = s.touchpoints;
    const mine = await annotate(s.owner, painPoint(tp));
    const reply = (await ctx.given.http().post(`${base(s.journeyId)}/${mine.id}/replies`).set('Cookie', s.owner.cookie).send({ body: 'x' }).expect(201))
      .body as AnnotationReplyDto;
    const theirs = await annotate(other.owner, painPoint(other.touchpoints[0]), other.journeyId);
    const o = other.owner;
    const code = async (test: PromiseLike<{ status: number; body: unknown }>) => {
      const response = await test;
      return [response.status, (response.body as Problem).code];
    };
    const http = () => ctx.given.http();
    // The other owner reaches nothing of ours.
    expect(await code(http().get(base(s.journeyId)).set('Cookie', o.cookie))).toEqual([404, 'JOURNEY_NOT_FOUND']);
    expect(await code(http().get(`${base(s.journeyId)}/summary`).set('Cookie', o.cookie))).toEqual([404, 'JOURNEY_NOT_FOUND']);
    expect(await code(post(o, s.journeyId, painPoint(tp)))).toEqual([404, 'JOURNEY_NOT_FOUND']);
    expect(await code(patch(o, s.journeyId, mine.id, { version: 1, status: 'resolved' }))).toEqual([404, 'JOURNEY_NOT_FOUND']);
    expect(await code(http().delete(`${base(s.journeyId)}/${mine.id}`).set('Cookie', o.cookie))).toEqual([404, 'JOURNEY_NOT_FOUND']);
    expect(await code(http().get(`${base(s.journeyId)}/${mine.id}/replies`).set('Cookie', o.cookie))).toEqual([404, 'JOURNEY_NOT_FOUND']);
    expect(await code(http().post(`${base(s.journeyId)}/${mine.id}/replies`).set('Cookie', o.cookie).send({ body: 'x' }))).toEqual([404, 'JOURNEY_NOT_FOUND']);
    expect(await code(http().patch(`${base(s.journeyId)}/${mine.id}/replies/${reply.id}`).set('Cookie', o.cookie).send({ version: 1, body: 'x' }))).toEqual([
      404,
      'JOURNEY_NOT_FOUND',
    ]);
    expect(await code(http().delete(`${base(s.journeyId)}/${mine.id}/replies/${reply.id}`).set('Cookie', o.cookie))).toEqual([404, 'JOURNEY_NOT_FOUND']);
    expect(await code(http().get(`/api/workspaces/${s.owner.workspaceId}/needs-review`).set('Cookie', o.cookie))).toEqual([404, 'WORKSPACE_NOT_FOUND']);
    expect(await code(http().put(`/api/journeys/${s.journeyId}/touchpoints/${tp}/review-by`).set('Cookie', o.cookie).send({ reviewBy: null }))).toEqual([
      404,
      'JOURNEY_NOT_FOUND',
    ]);
    // Their ids inside our journey are unknown here, exactly like ids that never existed.
    for (const id of [theirs.id, randomUUID()]) {
      expect(await code(patch(s.owner, s.journeyId, id, { version: 1, status: 'resolved' }))).toEqual([404, 'ANNOTATION_NOT_FOUND']);
      expect(await code(http().get(`${base(s.journeyId)}/${id}/replies`).set('Cookie', s.owner.cookie))).toEqual([404, 'ANNOTATION_NOT_FOUND']);
      expect(await code(http().delete(`${base(s.journeyId)}/${mine.id}/replies/${id}`).set('Cookie', s.owner.cookie))).toEqual([404, 'REPLY_NOT_FOUND']);
    }
    for (const [field, id, error] of [
      ['touchpointId', other.touchpoints[0], 'TOUCHPOINT_NOT_FOUND'],
      ['stageId', other.stageId, 'STAGE_NOT_FOUND'],
      ['linkId', other.linkId, 'LINK_NOT_FOUND'],
    ] as const) {
      expect(await code(post(s.owner, s.journeyId, { [field]: id, kind: 'comment', title: 'x' }))).toEqual([404, error]);
    }
    expect(await code(http().put(`/api/journeys/${s.journeyId}/touchpoints/${other.touchpoints[0]}/review-by`).set('Cookie', s.owner.cookie).send({ reviewBy: null }))).toEqual([
      404,
      'TOUCHPOINT_NOT_FOUND',
    ]);
    // And their annotation is untouched.
    const theirList = (await http().get(base(other.journeyId)).set('Cookie', o.cookie).expect(200)).body as AnnotationPage;
    expect(theirList.items.map((a) => [a.id, a.status])).toEqual([[theirs.id, 'open']]);
  });

  it('counts open annotations per target for the canvas badges', async () => {
    const { owner, journeyId, stageId, touchpoints, linkId } = await setup();
    const [a, b] = touchpoints;
    await annotate(owner, painPoint(a, { severity: 'critical' }), journeyId);
    await annotate(owner, painPoint(a, { severity: 'critical', status: 'in_progress' }), journeyId);
    await annotate(owner, painPoint(a, { severity: 'low' }), journeyId);
    await annotate(owner, painPoint(a, { severity: 'high', status: 'resolved' }), journeyId);
    await annotate(owner, { touchpointId: a, kind: 'idea', title: 'Idea' }, journeyId);
    await annotate(owner, { stageId, kind: 'opportunity', title: 'Opportunity' }, journeyId);
    await annotate(owner, { linkId, kind: 'comment', title: 'Closed', status: 'wont_fix' }, journeyId);
    await ctx.given.http().put(`/api/journeys/${journeyId}/touchpoints/${b}/review-by`).set('Cookie', owner.cookie).send({ reviewBy: '2031-01-15' }).expect(200);
    const summary = (await ctx.given.http().get(`${base(journeyId)}/summary`).set('Cookie', owner.cookie).expect(200)).body as AnnotationSummaryResponse;
    const zeroKinds = { pain_point: 0, opportunity: 0, idea: 0, comment: 0 };
    const zeroSeverities = { low: 0, medium: 0, high: 0, critical: 0 };
    expect(summary.targets.sort((x, y) => x.target.kind.localeCompare(y.target.kind))).toEqual([
      { target: { kind: 'stage', id: stageId }, open: 1, byKind: { ...zeroKinds, opportunity: 1 }, bySeverity: zeroSeverities },
      {
        target: { kind: 'touchpoint', id: a },
        open: 4,
        byKind: { ...zeroKinds, pain_point: 3, idea: 1 },
        bySeverity: { ...zeroSeverities, critical: 2, low: 1 },
      },
    ]);
    expect(summary.reviewBy).toEqual({ [b]: '2031-01-15' });
  });

  it('lists what needs review across the workspace: overdue touchpoints and unowned critical pain points', async () => {
    const owner = await ctx.given.user({ name: 'Queue Owner' });
    const viewer = await ctx.given.memberOf(owner, 'viewer');
    const commenter = await ctx.given.memberOf(owner, 'commenter');
    const first = await ctx.given.journeyWithTouchpoints(owner, 3);
    const second = await ctx.given.journeyWithTouchpoints(owner, 1);
    const [t1, t2, t3] = first.touchpoints;
    const [u1] = second.touchpoints;
    if (!t1 || !t2 || !t3 || !u1) throw new Error('touchpoints expected');
    const review = (journeyId: string, touchpointId: string, reviewBy: string | null, user = owner) =>
      ctx.given.http().put(`/api/journeys/${journeyId}/touchpoints/${touchpointId}/review-by`).set('Cookie', user.cookie).send({ reviewBy });
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    await review(first.journey.id, t1.id, daysAgo(10)).expect(200, { touchpointId: t1.id, reviewBy: daysAgo(10) });
    await review(first.journey.id, t2.id, daysAgo(-30)).expect(200);
    await review(second.journey.id, u1.id, daysAgo(40)).expect(200);
    await review(first.journey.id, t3.id, daysAgo(5)).expect(200);
    await review(first.journey.id, t3.id, null).expect(200);
    // Only editors and owners set review dates; the date must be real.
    await review(first.journey.id, t2.id, daysAgo(1), commenter).expect(403);
    const invalid = await review(first.journey.id, t2.id, '2025-02-30').expect(400);
    expect((invalid.body as Problem).errors).toEqual([{ path: 'reviewBy', message: expect.any(String) }]);
    await review(first.journey.id, t2.id, 'tomorrow').expect(400);

    const critical = await annotate(commenter, painPoint(t2.id, { severity: 'critical', title: 'Delivery updates missing' }), first.journey.id);
    await annotate(commenter, painPoint(t2.id, { severity: 'critical', title: 'Owned', ownerTeam: 'Logistics' }), first.journey.id);
    await annotate(commenter, painPoint(t2.id, { severity: 'high', title: 'Only high' }), first.journey.id);
    await annotate(commenter, painPoint(t2.id, { severity: 'critical', title: 'Already fixed', status: 'resolved' }), first.journey.id);
    const onStage = await annotate(commenter, { stageId: second.stageId, kind: 'pain_point', severity: 'critical', title: 'Whole stage is slow' }, second.journey.id);

    const queue = (await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/needs-review`).set('Cookie', viewer.cookie).expect(200))
      .body as NeedsReviewResponse;
    const graph = await ctx.given.graph(owner, first.journey.id);
    const stageName = graph.stages[0]?.name ?? '';
    expect(queue.overdueTouchpoints).toEqual({
      total: 2,
      items: [
        {
          journey: { id: second.journey.id, name: second.journey.name },
          stage: { id: second.stageId, name: expect.any(String) },
          touchpoint: { id: u1.id, title: u1.title, ownerTeam: u1.ownerTeam },
          reviewBy: daysAgo(40),
          daysOverdue: expect.any(Number),
        },
        {
          journey: { id: first.journey.id, name: first.journey.name },
          stage: { id: first.stageId, name: stageName },
          touchpoint: { id: t1.id, title: t1.title, ownerTeam: t1.ownerTeam },
          reviewBy: daysAgo(10),
          daysOverdue: expect.any(Number),
        },
      ],
    });
    // A day either way for the server's time zone against UTC.
    expect(Math.abs((queue.overdueTouchpoints.items[1]?.daysOverdue ?? 0) - 10)).toBeLessThanOrEqual(1);
    expect(queue.unownedCriticalPainPoints).toEqual({
      total: 2,
      items: [
        {
          journey: { id: first.journey.id, name: first.journey.name },
          stage: { id: first.stageId, name: stageName },
          target: { kind: 'touchpoint', id: t2.id, name: t2.title, ownerTeam: t2.ownerTeam },
          annotation: { id: critical.id, title: 'Delivery updates missing', status: 'open', createdAt: critical.createdAt, version: 1 },
        },
        {
          journey: { id: second.journey.id, name: second.journey.name },
          stage: { id: second.stageId, name: expect.any(String) },
          target: { kind: 'stage', id: second.stageId, name: expect.any(String), ownerTeam: null },
          annotation: { id: onStage.id, title: 'Whole stage is slow', status: 'open', createdAt: onStage.createdAt, version: 1 },
        },
      ],
    });
    // Giving it an owner team takes it off the queue; archiving a journey takes its rows off too.
    await patch(commenter, first.journey.id, critical.id, { version: queue.unownedCriticalPainPoints.items[0]?.annotation.version, ownerTeam: 'Logistics' }).expect(200);
    await ctx.given.http().patch(`/api/journeys/${second.journey.id}`).set('Cookie', owner.cookie).send({ status: 'archived' }).expect(200);
    const after = (await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/needs-review`).set('Cookie', viewer.cookie).expect(200))
      .body as NeedsReviewResponse;
    expect([after.overdueTouchpoints.items.map((i) => i.touchpoint.id), after.unownedCriticalPainPoints.total]).toEqual([[t1.id], 0]);
  });

  it('records every annotation change in the audit log, and nothing for a refused one', async () => {
    const { owner, commenter, journeyId, touchpoints } = await setup();
    const [a] = touchpoints;
    const created = await annotate(commenter, painPoint(a, { title: 'Long waits on the phone' }), journeyId);
    await patch(commenter, journeyId, created.id, { version: 1, status: 'in_progress', ownerTeam: 'Contact centre' }).expect(200);
    await patch(commenter, journeyId, created.id, { version: 1, status: 'resolved' }).expect(409);
    const reply = (await ctx.given.http().post(`${base(journeyId)}/${created.id}/replies`).set('Cookie', owner.cookie).send({ body: 'Callback pilot' }).expect(201))
      .body as AnnotationReplyDto;
    await ctx.given.http().patch(`${base(journeyId)}/${created.id}/replies/${reply.id}`).set('Cookie', owner.cookie).send({ version: 1, body: 'Callback pilot live' }).expect(200);
    await ctx.given.http().delete(`${base(journeyId)}/${created.id}/replies/${reply.id}`).set('Cookie', owner.cookie).expect(204);
    await ctx.given.http().put(`/api/journeys/${journeyId}/touchpoints/${a}/review-by`).set('Cookie', owner.cookie).send({ reviewBy: '2030-06-30' }).expect(200);
    await ctx.given.http().delete(`${base(journeyId)}/${created.id}`).set('Cookie', owner.cookie).expect(204);

    const audit = (await ctx.given.http().get(`/api/workspaces/${owner.workspaceId}/audit?journeyId=${journeyId}`).set('Cookie', owner.cookie).expect(200))
      .body as AuditPage;
    const events = audit.items.filter((e) => e.action.startsWith('annotation.') || e.action.startsWith('touchpoint.')).reverse();
    const aTitle = (await ctx.given.graph(owner, journeyId)).touchpoints.find((t) => t.id === a)?.title;
    expect(events.map((e) => [e.action, e.actor.label, e.summary])).toEqual([
      ['annotation.created', commenter.me.user.name, 'Added the high pain point “Long waits on the phone” on a touchpoint'],
      ['annotation.updated', commenter.me.user.name, 'Updated the high pain point “Long waits on the phone”: status → in progress, owner team → Contact centre'],
      ['annotation.replied', owner.me.user.name, 'Replied to the high pain point “Long waits on the phone”'],
      ['annotation.reply_edited', owner.me.user.name, 'Edited a reply to the high pain point “Long waits on the phone”'],
      ['annotation.reply_deleted', owner.me.user.name, `Deleted a reply by ${owner.me.user.name} to the high pain point “Long waits on the phone”`],
      ['touchpoint.review_by_set', owner.me.user.name, `Set the review-by date to 2030-06-30 of the touchpoint “${aTitle ?? '?'}”`],
      ['annotation.deleted', owner.me.user.name, 'Deleted the high pain point “Long waits on the phone”'],
    ]);
    expect(events[1]?.change).toEqual({
      annotationId: created.id,
      before: { status: 'open', ownerTeam: null },
      after: { status: 'in_progress', ownerTeam: 'Contact centre' },
    });
    expect(events.every((e) => e.journey?.id === journeyId)).toBe(true);
  });
});

function touchpoint(stageId: string) {
  return {
    stageId,
    title: 'Touchpoint',
    description: '',
    channel: 'phone' as const,
    interaction: 'personnel' as const,
    ownerTeam: 'Customer service',
    layer: 'frontstage' as const,
    emotion: null,
    position: { x: 0, y: 0 },
  };
}
