import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type {
  ApiKeyScope,
  ChangeOp,
  CreatedApiKeyResponse,
  ChangeResponse,
  CreatedInvitationResponse,
  CreatedShareLinkResponse,
  CreateShareLinkRequest,
  JourneyDto,
  JourneyGraph,
  LinkData,
  MeResponse,
  MetricAttachmentDto,
  Role,
  StageData,
  TemplateKey,
  TouchpointData,
  TouchpointDto,
} from '@cxmap/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';

export interface TestUser {
  email: string;
  password: string;
  cookie: string;
  me: MeResponse;
  workspaceId: string;
}

/** Data builders over the public HTTP API: each test states only what matters to it. */
export class Given {
  constructor(private readonly app: INestApplication) {}

  http(): ReturnType<typeof request> {
    return request(this.app.getHttpServer());
  }

  async user(overrides: Partial<{ email: string; password: string; name: string; workspaceName: string }> = {}): Promise<TestUser> {
    const body = {
      email: `user-${randomUUID()}@example.test`,
      password: 'correct horse battery',
      name: 'Test User',
      workspaceName: 'Test Workspace',
      ...overrides,
    };
    const response = await this.http().post('/api/auth/signup').send(body).expect(201);
    const me = response.body as MeResponse;
    const workspace = me.workspaces[0];
    if (!workspace) throw new Error('signup returned no workspace');
    return { email: body.email.toLowerCase(), password: body.password, cookie: sessionCookie(response.headers), me, workspaceId: workspace.id };
  }

  /** Adds `user` to `workspaceId` with `role` (no invitation API yet: straight into the table). */
  async member(user: TestUser, workspaceId: string, role: Role): Promise<void> {
    await this.app
      .get(DataSource)
      .query(`INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, $3)`, [workspaceId, user.me.user.id, role]);
  }

  /** A new user who is `role` in `owner`'s workspace (and owner of a workspace of their own). */
  async memberOf(owner: TestUser, role: Role): Promise<TestUser> {
    const user = await this.user({ name: `${role[0]?.toUpperCase()}${role.slice(1)} ${randomUUID().slice(0, 4)}` });
    await this.member(user, owner.workspaceId, role);
    return user;
  }

  /** An invitation to `owner`'s workspace through the API; `token` is the last part of its link. */
  async invitation(owner: TestUser, email: string, role: Role = 'viewer'): Promise<CreatedInvitationResponse & { token: string }> {
    const response = await this.http()
      .post(`/api/workspaces/${owner.workspaceId}/invitations`)
      .set('Cookie', owner.cookie)
      .send({ email, role })
      .expect(201);
    const created = response.body as CreatedInvitationResponse;
    return { ...created, token: created.link.replace('/invite/', '') };
  }

  /** A share link of `journeyId` created by `user` through the API. */
  async shareLink(user: TestUser, journeyId: string, body: CreateShareLinkRequest = {}): Promise<CreatedShareLinkResponse> {
    const response = await this.http().post(`/api/journeys/${journeyId}/share-links`).set('Cookie', user.cookie).send(body).expect(201);
    return response.body as CreatedShareLinkResponse;
  }

  /** An API key of `owner`'s workspace through the API, with its secret (shown only at creation). */
  async apiKey(owner: TestUser, scopes: ApiKeyScope[] = ['read'], name = 'Test integration'): Promise<CreatedApiKeyResponse> {
    const response = await this.http()
      .post(`/api/workspaces/${owner.workspaceId}/api-keys`)
      .set('Cookie', owner.cookie)
      .send({ name, scopes })
      .expect(201);
    return response.body as CreatedApiKeyResponse;
  }

  async journey(user: TestUser, options: { template?: TemplateKey; name?: string } = {}): Promise<JourneyDto> {
    const response = await this.http()
      .post(`/api/workspaces/${user.workspaceId}/journeys`)
      .set('Cookie', user.cookie)
      .send({ name: options.name ?? 'Test journey', template: options.template ?? 'blank' })
      .expect(201);
    return response.body as JourneyDto;
  }

  async graph(user: TestUser, journeyId: string): Promise<JourneyGraph> {
    const response = await this.http().get(`/api/journeys/${journeyId}`).set('Cookie', user.cookie).expect(200);
    return response.body as JourneyGraph;
  }

  changes(user: TestUser, journeyId: string, ops: unknown[]): request.Test {
    return this.http().post(`/api/journeys/${journeyId}/changes`).set('Cookie', user.cookie).send({ ops });
  }

  async applied(user: TestUser, journeyId: string, ops: ChangeOp[]): Promise<ChangeResponse> {
    const response = await this.changes(user, journeyId, ops);
    if (response.status !== 200) throw new Error(`changes failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as ChangeResponse;
  }

  /** Attaches a metric through the API (to a touchpoint unless `linkId` is given). */
  async attach(
    user: TestUser,
    journeyId: string,
    body: { metric: string; touchpointId?: string; linkId?: string; target: number; warning: number; isKey?: boolean },
  ): Promise<MetricAttachmentDto> {
    const response = await this.http().post(`/api/journeys/${journeyId}/metrics`).set('Cookie', user.cookie).send(body);
    if (response.status !== 201) throw new Error(`attach failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body as MetricAttachmentDto;
  }

  measurements(user: TestUser, journeyId: string, rows: unknown[]): request.Test {
    return this.http().post(`/api/journeys/${journeyId}/measurements`).set('Cookie', user.cookie).send({ rows });
  }

  /** A journey with one stage and `count` touchpoints in it. */
  async journeyWithTouchpoints(user: TestUser, count: number): Promise<{ journey: JourneyDto; stageId: string; touchpoints: TouchpointDto[] }> {
    const journey = await this.journey(user, { template: 'blank' });
    const stageId = (await this.graph(user, journey.id)).stages[0]?.id;
    if (!stageId) throw new Error('blank template has no stage');
    const ops = Array.from({ length: count }, (_, i) => createTouchpoint(stageId, { title: `Touchpoint ${i}`, position: { x: i, y: 0 } }));
    await this.applied(user, journey.id, ops);
    const graph = await this.graph(user, journey.id);
    return { journey: graph.journey, stageId, touchpoints: graph.touchpoints };
  }
}

export function stageData(overrides: Partial<StageData> = {}): StageData {
  return { name: 'New stage', phase: 'custom', order: 10, customerGoal: '', description: '', ...overrides };
}

export function touchpointData(stageId: string, overrides: Partial<TouchpointData> = {}): TouchpointData {
  return {
    stageId,
    title: 'Order confirmation email',
    description: '',
    channel: 'email',
    interaction: 'marketing',
    ownerTeam: 'CRM',
    layer: 'frontstage',
    emotion: 1,
    position: { x: 40, y: 80 },
    ...overrides,
  };
}

export function createStage(overrides: Partial<StageData> = {}, id: string = randomUUID()): ChangeOp {
  return { op: 'create', entity: 'stage', id, data: stageData(overrides) };
}

export function createTouchpoint(stageId: string, overrides: Partial<TouchpointData> = {}, id: string = randomUUID()): ChangeOp {
  return { op: 'create', entity: 'touchpoint', id, data: touchpointData(stageId, overrides) };
}

export function createLink(sourceId: string, targetId: string, overrides: Partial<LinkData> = {}, id: string = randomUUID()): ChangeOp {
  return { op: 'create', entity: 'link', id, data: { sourceId, targetId, type: 'leads_to', label: null, ...overrides } };
}

export function sessionCookie(headers: Record<string, unknown>): string {
  const setCookie = headers['set-cookie'];
  const cookies = Array.isArray(setCookie) ? (setCookie as string[]) : [];
  const session = cookies.find((c) => c.startsWith('cxmap_session='));
  if (!session) throw new Error('no session cookie in the response');
  return session.split(';')[0] ?? '';
}
