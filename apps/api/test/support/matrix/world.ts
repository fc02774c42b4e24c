import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import type { JourneyGraph, Role } from '@cxmap/domain';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { SESSION_COOKIE, SESSION_TTL_MS, hashSessionToken } from '../../../src/core/auth/session-token';
import { PasswordHasher } from '../../../src/modules/auth/password-hasher';
import { newSecretToken } from '../../../src/core/auth/secret-token';
import { createLink, createTouchpoint } from '../given';

/**
 * The ids a request can carry, by kind. The isolation matrix swaps one kind at a time for the other
 * workspace's id; a route's request builder must take every id it sends from here (never from
 * elsewhere), so that a swap reaches every place the id appears, in the path and in the body.
 */
export const ID_KINDS = [
  'workspace',
  'journey',
  'stage',
  'touchpoint',
  'link',
  'invitation',
  'member',
  /** A user who acted in the workspace (its owner): the audit log's `actorUserId` filter. */
  'actor',
  'shareLink',
  /** A key that no caller uses (revoking it leaves the world's key callers working). */
  'apiKey',
  /** A metric attached in the journey: in paths and in measurement rows' `attachmentId`. */
  'attachment',
  /** The key of the workspace's custom metric: workspaces choose keys, so each world draws its own. */
  'metricKey',
  'annotation',
  'reply',
  /** A finished report export of the workspace (made by its owner). */
  'exportJob',
] as const;
export type IdKind = (typeof ID_KINDS)[number];
export type Ids = Record<IdKind, string>;

/**
 * A value of `kind` that names nothing, shaped like a real one: the isolation matrix compares the
 * answer for another workspace's id with the answer for this.
 */
export function missingId(kind: IdKind): string {
  return kind === 'metricKey' ? `m_${randomBytes(6).toString('hex')}` : randomUUID();
}

/** Every world's custom metric: a share of touchpoints or links (raw figures numerator/denominator). */
export function customMetric(key: string): Record<string, unknown> {
  return {
    key,
    name: `Matrix metric ${key}`,
    family: 'operational',
    unit: 'percent',
    scale: { min: 0, max: 100 },
    direction: 'higher',
    kind: 'ratio',
    appliesTo: ['touchpoint', 'link'],
  };
}

/** A valid Mermaid journey for the import route. */
export const MERMAID_JOURNEY = ['journey', '  title Matrix import', '  section Sign up', '    Fill in the form: 3: Customer', ''].join('\n');

/** A user with a live session (built straight in the database: no password hashing per user). */
export interface Account {
  userId: string;
  email: string;
  cookie: string;
}

/** One workspace with full content and a member of every role. */
export interface WorkspaceWorld {
  ids: Ids;
  /** A member of each role; `owner` is the one who made the content. */
  members: Record<Role, Account>;
  /** A second owner, so that the owner may leave or delete their account. */
  coOwner: Account;
  /** A viewer that routes act on (`ids.member`): changed, removed; never a caller. */
  target: Account;
  /** The link token of the pending invitation `ids.invitation` (a secret, not an id: never swapped). */
  invitationToken: string;
  /** The token of the active share link `ids.shareLink` of `ids.journey` (a secret: never swapped). */
  shareToken: string;
  /** A finished export made through that share link (reachable through it only; public routes are not swapped). */
  shareExportJob: string;
  /** Secrets of the workspace's API keys, one per scope (the callers `api-key read` and `api-key ingest`). */
  apiKeys: { read: string; ingest: string };
}

/** Everything a matrix test needs: workspace A with content, and a signed-in user who is in no workspace. */
export interface World {
  workspace: WorkspaceWorld;
  outsider: Account;
}

/** The password of every account the builder creates. */
export const WORLD_PASSWORD = 'matrix password 0123';

/**
 * Builds worlds fast: users and sessions are rows (one argon2 hash shared by all), content goes
 * through the public API (templates and a `/changes` batch), a persona and invitations are rows.
 */
export class WorldBuilder {
  private passwordHash: Promise<string> | null = null;

  constructor(private readonly app: INestApplication) {}

  private get db(): DataSource {
    return this.app.get(DataSource);
  }

  private http(): ReturnType<typeof request> {
    return request(this.app.getHttpServer());
  }

  async world(): Promise<World> {
    return { workspace: await this.workspace(), outsider: await this.account('outsider') };
  }

  async account(label: string): Promise<Account> {
    this.passwordHash ??= this.app.get(PasswordHasher).hash(WORLD_PASSWORD);
    const email = `${label}-${randomUUID()}@matrix.test`;
    const [user] = (await this.db.query(`INSERT INTO users (email, name, password_hash) VALUES ($1, $2, $3) RETURNING id`, [
      email,
      `Matrix ${label}`,
      await this.passwordHash,
    ])) as { id: string }[];
    if (!user) throw new Error('user insert returned no row');
    return { userId: user.id, email, cookie: await this.session(user.id) };
  }

  /** A further session of `userId`: the cookie to send. */
  async session(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.db.query(`INSERT INTO sessions (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [
      userId,
      hashSessionToken(token),
      new Date(Date.now() + SESSION_TTL_MS),
    ]);
    return `${SESSION_COOKIE}=${token}`;
  }

  /** A pending invitation to `workspaceId`: its id and link token. */
  async invitation(workspaceId: string, email: string, role: Role, invitedBy: string): Promise<{ id: string; token: string }> {
    const { token, hash } = newSecretToken();
    const [row] = (await this.db.query(
      `INSERT INTO invitations (workspace_id, email, role, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + interval '7 days') RETURNING id`,
      [workspaceId, email.toLowerCase(), role, hash, invitedBy],
    )) as { id: string }[];
    if (!row) throw new Error('invitation insert returned no row');
    return { id: row.id, token };
  }

  /** The version of a metric attachment now (its PATCH must send the one it would have read). */
  async attachmentVersion(attachmentId: string): Promise<number> {
    const [row] = (await this.db.query(`SELECT version FROM metric_attachments WHERE id = $1`, [attachmentId])) as { version: number }[];
    if (!row) throw new Error(`no metric attachment ${attachmentId}`);
    return row.version;
  }

  /** The version of a custom metric now (its PATCH must send the one it would have read). */
  async metricDefinitionVersion(workspaceId: string, key: string): Promise<number> {
    const [row] = (await this.db.query(`SELECT version FROM metric_definitions WHERE workspace_id = $1 AND key = $2`, [workspaceId, key])) as {
      version: number;
    }[];
    if (!row) throw new Error(`no metric ${key} in workspace ${workspaceId}`);
    return row.version;
  }

  /** A custom metric of `workspaceId`'s catalog, made by its owner through the API: its key. */
  async metricDefinition(workspaceId: string, owner: Account): Promise<string> {
    const key = `m_${randomBytes(6).toString('hex')}`;
    await this.http().post(`/api/workspaces/${workspaceId}/metric-definitions`).set('Cookie', owner.cookie).send(customMetric(key)).expect(201);
    return key;
  }

  async workspace(): Promise<WorkspaceWorld> {
    const owner = await this.account('owner');
    const [workspace] = (await this.db.query(`INSERT INTO workspaces (name) VALUES ('Matrix workspace') RETURNING id`)) as { id: string }[];
    if (!workspace) throw new Error('workspace insert returned no row');
    const workspaceId = workspace.id;
    const join = async (label: string, role: Role): Promise<Account> => {
      const account = label === 'owner' ? owner : await this.account(label);
      await this.db.query(`INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, $3)`, [workspaceId, account.userId, role]);
      return account;
    };
    const members: Record<Role, Account> = {
      owner: await join('owner', 'owner'),
      editor: await join('editor', 'editor'),
      commenter: await join('commenter', 'commenter'),
      viewer: await join('viewer', 'viewer'),
    };
    const coOwner = await join('co-owner', 'owner');
    const target = await join('target', 'viewer');

    // Content through the API: a lifecycle journey with touchpoints and links, and a second journey.
    const created = await this.http()
      .post(`/api/workspaces/${workspaceId}/journeys`)
      .set('Cookie', owner.cookie)
      .send({ name: 'Matrix journey', template: 'service-lifecycle' })
      .expect(201);
    const journeyId = (created.body as { id: string }).id;
    await this.http()
      .post(`/api/workspaces/${workspaceId}/journeys`)
      .set('Cookie', owner.cookie)
      .send({ name: 'Second journey', template: 'awareness-to-advocacy' })
      .expect(201);
    const stages = (await this.graph(owner, journeyId)).stages;
    const [first, second] = stages;
    if (!first || !second) throw new Error('the template has fewer than two stages');
    const [t1, t2, t3, l1, l2] = [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    await this.http()
      .post(`/api/journeys/${journeyId}/changes`)
      .set('Cookie', owner.cookie)
      .send({
        ops: [
          createTouchpoint(first.id, { title: 'Welcome call' }, t1),
          createTouchpoint(first.id, { title: 'Setup guide', layer: 'backstage' }, t2),
          createTouchpoint(second.id, { title: 'Usage report' }, t3),
          createLink(t1, t2, { type: 'hand_off' }, l1),
          createLink(t2, t3, {}, l2),
        ],
      })
      .expect(200);

    // A pain point on the third touchpoint and a reply to it, both by the commenter (authors matter to their routes).
    const annotation = await this.http()
      .post(`/api/journeys/${journeyId}/annotations`)
      .set('Cookie', members.commenter.cookie)
      .send({ touchpointId: t3, kind: 'pain_point', severity: 'critical', title: 'Matrix pain point' })
      .expect(201);
    const annotationId = (annotation.body as { id: string }).id;
    const reply = await this.http()
      .post(`/api/journeys/${journeyId}/annotations/${annotationId}/replies`)
      .set('Cookie', members.commenter.cookie)
      .send({ body: 'Matrix reply' })
      .expect(201);

    const [persona] = (await this.db.query(
      `INSERT INTO personas (workspace_id, name, goals) VALUES ($1, 'Matrix persona', 'Get started') RETURNING id`,
      [workspaceId],
    )) as { id: string }[];
    await this.db.query(`UPDATE journeys SET persona_id = $1 WHERE id = $2`, [persona?.id, journeyId]);

    const pending = await this.invitation(workspaceId, `invitee-${randomUUID()}@matrix.test`, 'editor', owner.userId);
    await this.invitation(workspaceId, `second-invitee-${randomUUID()}@matrix.test`, 'viewer', owner.userId);

    // Metrics through the API: a custom metric, attached to a touchpoint, with two months of figures.
    const metricKey = await this.metricDefinition(workspaceId, owner);
    const attached = await this.http()
      .post(`/api/journeys/${journeyId}/metrics`)
      .set('Cookie', owner.cookie)
      .send({ metric: metricKey, touchpointId: t3, target: 80, warning: 60 })
      .expect(201);
    const attachmentId = (attached.body as { id: string }).id;
    await this.http()
      .post(`/api/journeys/${journeyId}/measurements`)
      .set('Cookie', owner.cookie)
      .send({
        rows: [
          { attachmentId, period: 'month', periodStart: '2026-01-01', numerator: 40, denominator: 50 },
          { attachmentId, period: 'month', periodStart: '2026-02-01', numerator: 45, denominator: 50 },
        ],
      })
      .expect(200);

    const shared = await this.http().post(`/api/journeys/${journeyId}/share-links`).set('Cookie', owner.cookie).send({ label: 'Matrix link', allowExport: true }).expect(201);
    const shareLink = shared.body as { id: string; token: string };

    // A report export by the owner and one through the share link, both finished (a job still running
    // would change the world's rows under the checksums).
    const report = { format: 'pdf', sections: ['summary'] };
    const exported = await this.http().post(`/api/journeys/${journeyId}/exports`).set('Cookie', owner.cookie).send(report).expect(202);
    const sharedExport = await this.http().post(`/api/share/${shareLink.token}/exports`).send(report).expect(202);
    await this.settleExports(workspaceId);

    const apiKey = async (name: string, scopes: string[]): Promise<{ id: string; secret: string }> => {
      const response = await this.http().post(`/api/workspaces/${workspaceId}/api-keys`).set('Cookie', owner.cookie).send({ name, scopes }).expect(201);
      const created = response.body as { apiKey: { id: string }; secret: string };
      return { id: created.apiKey.id, secret: created.secret };
    };
    const readKey = await apiKey('Matrix read', ['read']);
    const ingestKey = await apiKey('Matrix ingest', ['ingest']);
    const spareKey = await apiKey('Matrix spare', ['read', 'ingest']);
    // A key's first use stamps `last_used_at` (then at most once a minute). The role matrix checks
    // that a refused call changed no row of the world, and that stamp is bookkeeping, not the change
    // it looks for: stamped in the future, the keys are never due another stamp during a run.
    await this.db.query(`UPDATE api_keys SET last_used_at = now() + interval '1 day' WHERE workspace_id = $1`, [workspaceId]);

    // A failed sign-in of the target user, as the login throttle counts it (rate-limiter-flexible's
    // `email:<sha256>` key): the per-user row the tenant checksum covers in login_rate_limits.
    await this.db.query(
      `INSERT INTO login_rate_limits (key, points, expire)
       VALUES ('email:' || encode(sha256(convert_to($1, 'UTF8')), 'hex'), 1, (extract(epoch FROM now() + interval '1 day') * 1000)::bigint)`,
      [target.email],
    );

    return {
      ids: {
        workspace: workspaceId,
        journey: journeyId,
        stage: first.id,
        touchpoint: t3,
        link: l1,
        invitation: pending.id,
        member: target.userId,
        annotation: annotationId,
        reply: (reply.body as { id: string }).id,
        actor: owner.userId,
        shareLink: shareLink.id,
        apiKey: spareKey.id,
        attachment: attachmentId,
        metricKey,
        exportJob: (exported.body as { id: string }).id,
      },
      members,
      coOwner,
      target,
      invitationToken: pending.token,
      shareToken: shareLink.token,
      shareExportJob: (sharedExport.body as { id: string }).id,
      apiKeys: { read: readKey.secret, ingest: ingestKey.secret },
    };
  }

  /**
   * Waits until the workspace has no export queued or running (each check is a query; nothing is
   * timed): exports finish in the background, and a test comparing rows must not see one land.
   */
  async settleExports(workspaceId: string): Promise<void> {
    for (let attempt = 0; attempt < 1200; attempt++) {
      const [row] = (await this.db.query(
        `SELECT count(*)::int AS n FROM export_jobs WHERE workspace_id = $1 AND status IN ('queued', 'running')`,
        [workspaceId],
      )) as { n: number }[];
      if (row?.n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`exports of workspace ${workspaceId} did not finish`);
  }

  /**
   * Puts the world's annotation and reply back at version 1, so that routes editing them with
   * `version: 1` succeed however many cells edited them before.
   */
  async resetAnnotationVersions(ids: Ids): Promise<void> {
    await this.db.query(`UPDATE annotations SET version = 1 WHERE workspace_id = $1 AND id = $2`, [ids.workspace, ids.annotation]);
    await this.db.query(`UPDATE annotation_replies SET version = 1 WHERE workspace_id = $1 AND id = $2`, [ids.workspace, ids.reply]);
  }

  async graph(account: Account, journeyId: string): Promise<JourneyGraph> {
    const response = await this.http().get(`/api/journeys/${journeyId}`).set('Cookie', account.cookie).expect(200);
    return response.body as JourneyGraph;
  }
}
