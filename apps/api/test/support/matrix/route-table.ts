/**
 * Every operation of the API, with who may call it and how to build a valid request for it. Two
 * suites read this table: the role matrix (route × caller kind, every cell asserted) and the
 * isolation matrix (every id of a request swapped for another workspace's). The table must hold
 * exactly the operations of the live OpenAPI document: a route missing here, or an entry whose
 * route is gone, fails both suites with its name.
 *
 * Adding a route: add one entry under its OpenAPI key (`METHOD /api/path/{param}`) with
 * - `access`: the check its service makes first — `workspace`/`journey` with the `Permission` it
 *   passes to `WorkspaceAccessService.forWorkspace`/`forJourney`, `signed-in` for routes on the
 *   caller's own account or session, `public` for `@Public()` routes;
 * - `success`: the status of a successful call;
 * - `apiKey: true` where the controller says `@AllowApiKey()` (checked against the document's
 *   security): API-key callers are then judged by their scopes instead of refused;
 * - `request`: path params, query and body of a valid call, taking every id from `ctx.ids` (so the
 *   isolation matrix can swap it) and anything that must not repeat from `ctx.fresh`;
 * - `destroys`: what a successful call destroys (the caller's session, the target row…): the role
 *   matrix then builds a fresh world for each cell where the call is allowed, and checks that a
 *   refused call left the shared world's rows unchanged;
 * - `prepare` when the request needs a row made just for this call (see the invitation accept);
 * - `settle` when a successful call leaves work running in the background (see the exports);
 * - `foreign` only where another workspace's id is not answered 404 (say why);
 * - `expect` only where the answer depends on the caller beyond the access rule (say why).
 * If the route needs content the world lacks, add it to `WorldBuilder.workspace()` and its id kind
 * to `ID_KINDS` (world.ts): the isolation matrix then swaps it too.
 *
 * Adding a caller kind (share-link token, API key with scopes): add one entry to `CALLER_KINDS`
 * (callers.ts) with how it authenticates (`headers`) and how each access rule treats it
 * (`decide`); every route then gets a cell for it. A credential that lives in the database is made
 * in `WorldBuilder.world()` and kept on `World`.
 */
import { randomUUID } from 'node:crypto';
import type { Permission } from '@cxmap/domain';
import { createLink, createTouchpoint } from '../given';
import type { CallerKind } from './callers';
import { MERMAID_JOURNEY, WORLD_PASSWORD, customMetric, type Account, type IdKind, type Ids, type World, type WorldBuilder } from './world';

export type AccessRule =
  /** `@Public()`: no session needed; a session changes nothing unless `expect` says so. */
  | { kind: 'public' }
  /** Any session; the route acts on the caller's own account or session. */
  | { kind: 'signed-in' }
  /** `WorkspaceAccessService.forWorkspace(actor, workspaceId, permission)`. */
  | { kind: 'workspace'; permission: Permission }
  /** `WorkspaceAccessService.forJourney(actor, journeyId, permission)`. */
  | { kind: 'journey'; permission: Permission };

/** Values that must differ on every call (new emails, client-chosen ids of new entities). */
export interface Fresh {
  tag: string;
  uuids: readonly [string, string, string];
}

export interface RequestContext {
  ids: Ids;
  world: World;
  /** The caller's account; null for a caller without a session. */
  caller: Account | null;
  fresh: Fresh;
  /** What `prepare` made for this call. */
  prepared: Record<string, string>;
}

export interface PreparedRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

export interface RouteSpec {
  access: AccessRule;
  success: number;
  /** The route is `@AllowApiKey()`: API keys reach it, as far as their scopes go. */
  apiKey?: true;
  destroys?: string;
  prepare?: (builder: WorldBuilder, ctx: Omit<RequestContext, 'prepared' | 'ids'>) => Promise<Record<string, string>>;
  /** Waits for work the call leaves running in the background (an export), so later cells compare quiet worlds. */
  settle?: (builder: WorldBuilder, world: World) => Promise<void>;
  request: (ctx: RequestContext) => PreparedRequest;
  /** Per swapped id kind, an answer other than 404, with the reason. */
  foreign?: Partial<Record<IdKind, { status: number; why: string }>>;
  /** Overrides the answer derived from `access` for some callers (return undefined to keep it). */
  expect?: (caller: CallerKind) => number | undefined;
}

export function freshValues(): Fresh {
  return { tag: randomUUID().slice(0, 8), uuids: [randomUUID(), randomUUID(), randomUUID()] };
}

const workspace = (permission: Permission): AccessRule => ({ kind: 'workspace', permission });
const journey = (permission: Permission): AccessRule => ({ kind: 'journey', permission });
const PUBLIC: AccessRule = { kind: 'public' };
const SIGNED_IN: AccessRule = { kind: 'signed-in' };

export const ROUTES: Record<string, RouteSpec> = {
  // health & metrics: probes and Prometheus; no tenant data.
  'GET /api/health': { access: PUBLIC, success: 200, request: () => ({}) },
  'GET /api/health/live': { access: PUBLIC, success: 200, request: () => ({}) },
  'GET /api/health/ready': { access: PUBLIC, success: 200, request: () => ({}) },
  // Open while METRICS_TOKEN is unset (as in the tests); with it, a bearer token is checked instead of a session.
  'GET /api/metrics': { access: PUBLIC, success: 200, request: () => ({}) },

  // auth
  'GET /api/auth/options': { access: PUBLIC, success: 200, request: () => ({}) },
  'POST /api/auth/signup': {
    access: PUBLIC,
    success: 201,
    request: ({ fresh }) => ({
      body: { email: `signup-${fresh.tag}@matrix.test`, password: WORLD_PASSWORD, name: 'New user', workspaceName: 'New workspace' },
    }),
  },
  'POST /api/auth/login': {
    access: PUBLIC,
    success: 200,
    request: ({ world }) => ({ body: { email: world.workspace.target.email, password: WORLD_PASSWORD } }),
  },
  'POST /api/auth/logout': { access: SIGNED_IN, success: 204, destroys: 'the caller’s session', request: () => ({}) },
  'GET /api/auth/me': { access: SIGNED_IN, success: 200, request: () => ({}) },

  // account: always the caller's own
  'PATCH /api/account': { access: SIGNED_IN, success: 200, request: () => ({ body: { name: 'Renamed by the matrix' } }) },
  'POST /api/account/password': {
    access: SIGNED_IN,
    success: 204,
    destroys: 'the caller’s password and other sessions',
    request: () => ({ body: { currentPassword: WORLD_PASSWORD, newPassword: 'another matrix password' } }),
  },
  'POST /api/account/logout-everywhere': { access: SIGNED_IN, success: 204, destroys: 'the caller’s sessions', request: () => ({}) },
  'DELETE /api/account': {
    access: SIGNED_IN,
    success: 204,
    destroys: 'the caller’s account',
    // The world's owner shares the workspace with a co-owner, so nobody here is a sole owner (409).
    request: () => ({ body: { password: WORLD_PASSWORD } }),
  },

  // workspaces and members
  'POST /api/workspaces': { access: SIGNED_IN, success: 201, request: ({ fresh }) => ({ body: { name: `Workspace ${fresh.tag}` } }) },
  'PATCH /api/workspaces/{workspaceId}': {
    access: workspace('workspace:manage'),
    success: 200,
    request: ({ ids, fresh }) => ({ params: { workspaceId: ids.workspace }, body: { name: `Renamed ${fresh.tag}` } }),
  },
  'DELETE /api/workspaces/{workspaceId}': {
    access: workspace('workspace:manage'),
    success: 204,
    destroys: 'the workspace',
    request: ({ ids }) => ({ params: { workspaceId: ids.workspace } }),
  },
  'GET /api/workspaces/{workspaceId}/members': {
    access: workspace('members:read'),
    success: 200,
    request: ({ ids }) => ({ params: { workspaceId: ids.workspace } }),
  },
  'PATCH /api/workspaces/{workspaceId}/members/{userId}': {
    access: workspace('members:manage'),
    success: 200,
    request: ({ ids }) => ({ params: { workspaceId: ids.workspace, userId: ids.member }, body: { role: 'commenter' } }),
  },
  // Removing another member. Removing oneself (leaving) needs only members:read: see workspaces.int-spec.ts.
  'DELETE /api/workspaces/{workspaceId}/members/{userId}': {
    access: workspace('members:manage'),
    success: 204,
    destroys: 'the target membership',
    request: ({ ids }) => ({ params: { workspaceId: ids.workspace, userId: ids.member } }),
  },

  // invitations
  'POST /api/workspaces/{workspaceId}/invitations': {
    access: workspace('members:manage'),
    success: 201,
    request: ({ ids, fresh }) => ({ params: { workspaceId: ids.workspace }, body: { email: `invited-${fresh.tag}@matrix.test`, role: 'viewer' } }),
  },
  'GET /api/workspaces/{workspaceId}/invitations': {
    access: workspace('members:manage'),
    success: 200,
    request: ({ ids }) => ({ params: { workspaceId: ids.workspace } }),
  },
  'DELETE /api/workspaces/{workspaceId}/invitations/{invitationId}': {
    access: workspace('members:manage'),
    success: 204,
    destroys: 'the pending invitation',
    request: ({ ids }) => ({ params: { workspaceId: ids.workspace, invitationId: ids.invitation } }),
  },
  // The link token is a bearer secret: whoever holds it may look, signed in or not.
  'GET /api/invitations/{token}': {
    access: PUBLIC,
    success: 200,
    request: ({ world }) => ({ params: { token: world.workspace.invitationToken } }),
  },
  'POST /api/invitations/{token}/accept': {
    access: PUBLIC,
    success: 200,
    destroys: 'the invitation (a link works once)',
    // An invitation to the caller's own email (a fresh one for a caller without a session).
    prepare: async (builder, { world, caller, fresh }) => {
      const email = caller?.email ?? `accept-${fresh.tag}@matrix.test`;
      const workspace = world.workspace;
      return { token: (await builder.invitation(workspace.ids.workspace, email, 'editor', workspace.members.owner.userId)).token };
    },
    request: ({ caller, prepared }) => ({
      params: { token: prepared['token'] ?? '' },
      body: caller ? {} : { name: 'Invited user', password: WORLD_PASSWORD },
    }),
    // Accepting into a workspace one already belongs to is ALREADY_MEMBER, whatever the role.
    expect: (caller) => (caller.role !== null ? 409 : undefined),
  },

  // journeys
  'GET /api/workspaces/{workspaceId}/journeys': {
    access: workspace('journey:read'),
    success: 200,
    apiKey: true,
    request: ({ ids }) => ({ params: { workspaceId: ids.workspace }, query: { limit: '1' } }),
  },
  'POST /api/workspaces/{workspaceId}/journeys': {
    access: workspace('journey:write'),
    success: 201,
    request: ({ ids, fresh }) => ({ params: { workspaceId: ids.workspace }, body: { name: `Journey ${fresh.tag}`, template: 'blank' } }),
  },
  'GET /api/journeys/{id}': { access: journey('journey:read'), success: 200, apiKey: true, request: ({ ids }) => ({ params: { id: ids.journey } }) },
  'PATCH /api/journeys/{id}': {
    access: journey('journey:write'),
    success: 200,
    request: ({ ids, fresh }) => ({ params: { id: ids.journey }, body: { name: `Renamed ${fresh.tag}`, status: 'published' } }),
  },
  'DELETE /api/journeys/{id}': {
    access: journey('journey:write'),
    success: 204,
    destroys: 'the journey',
    request: ({ ids }) => ({ params: { id: ids.journey } }),
  },
  // A new touchpoint in a stage of the journey, linked to an existing touchpoint: ids in the body too.
  'POST /api/journeys/{id}/changes': {
    access: journey('journey:write'),
    success: 200,
    request: ({ ids, fresh }) => ({
      params: { id: ids.journey },
      body: {
        ops: [
          createTouchpoint(ids.stage, { title: `Matrix ${fresh.tag}` }, fresh.uuids[0]),
          createLink(fresh.uuids[0], ids.touchpoint, { type: 'escalation' }, fresh.uuids[1]),
        ],
      },
    }),
  },

  // annotations: the world's annotation and reply are the commenter's (see WorldBuilder.workspace()).
  'GET /api/journeys/{id}/annotations': { access: journey('journey:read'), success: 200, request: ({ ids }) => ({ params: { id: ids.journey } }) },
  'GET /api/journeys/{id}/annotations/summary': {
    access: journey('journey:read'),
    success: 200,
    request: ({ ids }) => ({ params: { id: ids.journey } }),
  },
  'POST /api/journeys/{id}/annotations': {
    access: journey('journey:comment'),
    success: 201,
    request: ({ ids, fresh }) => ({
      params: { id: ids.journey },
      body: { touchpointId: ids.touchpoint, kind: 'pain_point', severity: 'high', title: `Matrix ${fresh.tag}` },
    }),
  },
  // Status and owner team are anyone's who may comment (the text is the author's: annotations.int-spec.ts).
  'PATCH /api/journeys/{id}/annotations/{annotationId}': {
    access: journey('journey:comment'),
    success: 200,
    prepare: async (builder, { world }) => {
      await builder.resetAnnotationVersions(world.workspace.ids);
      return {};
    },
    request: ({ ids }) => ({ params: { id: ids.journey, annotationId: ids.annotation }, body: { version: 1, status: 'in_progress' } }),
  },
  'DELETE /api/journeys/{id}/annotations/{annotationId}': {
    access: journey('journey:comment'),
    success: 204,
    destroys: 'the annotation and its replies',
    request: ({ ids }) => ({ params: { id: ids.journey, annotationId: ids.annotation } }),
    // Its author (the commenter) or an owner deletes it; an editor may comment but it is not theirs.
    expect: (caller) => (caller.role === 'editor' ? 403 : undefined),
  },
  'GET /api/journeys/{id}/annotations/{annotationId}/replies': {
    access: journey('journey:read'),
    success: 200,
    request: ({ ids }) => ({ params: { id: ids.journey, annotationId: ids.annotation } }),
  },
  'POST /api/journeys/{id}/annotations/{annotationId}/replies': {
    access: journey('journey:comment'),
    success: 201,
    request: ({ ids, fresh }) => ({ params: { id: ids.journey, annotationId: ids.annotation }, body: { body: `Reply ${fresh.tag}` } }),
  },
  'PATCH /api/journeys/{id}/annotations/{annotationId}/replies/{replyId}': {
    access: journey('journey:comment'),
    success: 200,
    prepare: async (builder, { world }) => {
      await builder.resetAnnotationVersions(world.workspace.ids);
      return {};
    },
    request: ({ ids, fresh }) => ({
      params: { id: ids.journey, annotationId: ids.annotation, replyId: ids.reply },
      body: { version: 1, body: `Edited ${fresh.tag}` },
    }),
    // Only its author (the commenter) edits a reply, owners included.
    expect: (caller) => (caller.role === 'owner' || caller.role === 'editor' ? 403 : undefined),
  },
  'DELETE /api/journeys/{id}/annotations/{annotationId}/replies/{replyId}': {
    access: journey('journey:comment'),
    success: 204,
    destroys: 'the reply',
    request: ({ ids }) => ({ params: { id: ids.journey, annotationId: ids.annotation, replyId: ids.reply } }),
    // Its author (the commenter) or an owner deletes it.
    expect: (caller) => (caller.role === 'editor' ? 403 : undefined),
  },
  'GET /api/workspaces/{workspaceId}/needs-review': {
    access: workspace('journey:read'),
    success: 200,
    request: ({ ids }) => ({ params: { workspaceId: ids.workspace } }),
  },
  'GET /api/workspaces/{workspaceId}/portfolio': {
    access: workspace('journey:read'),
    success: 200,
    request: ({ ids }) => ({ params: { workspaceId: ids.workspace }, query: { from: '2025-01-01', to: '2025-12-31' } }),
  },
  'PUT /api/journeys/{id}/touchpoints/{touchpointId}/review-by': {
    access: journey('journey:write'),
    success: 200,
    request: ({ ids }) => ({ params: { id: ids.journey, touchpointId: ids.touchpoint }, body: { reviewBy: '2030-01-31' } }),
  },
  'POST /api/workspaces/{workspaceId}/journeys/import': {
    access: workspace('journey:write'),
    success: 201,
    request: ({ ids, fresh }) => ({
      params: { workspaceId: ids.workspace },
      body: { format: 'mermaid', content: MERMAID_JOURNEY, name: `Imported ${fresh.tag}` },
    }),
  },
  // open formats: a journey as a CXMap document or Mermaid text; the document's JSON Schema is public
  'GET /api/journeys/{id}/document': { access: journey('journey:read'), success: 200, request: ({ ids }) => ({ params: { id: ids.journey } }) },
  'GET /api/journeys/{id}/mermaid': { access: journey('journey:read'), success: 200, request: ({ ids }) => ({ params: { id: ids.journey } }) },
  'GET /api/schemas/journey-document.json': { access: PUBLIC, success: 200, request: () => ({}) },

  // share links: members who may share manage them; the token opens one journey to anyone
  'POST /api/journeys/{id}/share-links': {
    access: journey('journey:share'),
    success: 201,
    request: ({ ids, fresh }) => ({ params: { id: ids.journey }, body: { label: `Link ${fresh.tag}`, allowExport: false } }),
  },
  'GET /api/journeys/{id}/share-links': { access: journey('journey:share'), success: 200, request: ({ ids }) => ({ params: { id: ids.journey } }) },
  'DELETE /api/journeys/{id}/share-links/{linkId}': {
    access: journey('journey:share'),
    success: 204,
    destroys: 'the share link',
    request: ({ ids }) => ({ params: { id: ids.journey, linkId: ids.shareLink } }),
  },
  // The token is a bearer secret in the path, like an invitation's: whoever holds it may look.
  'GET /api/share/{token}': { access: PUBLIC, success: 200, request: ({ world }) => ({ params: { token: world.workspace.shareToken } }) },
  // Live changes: a server-sent event stream (send.ts reads it until it opens).
  'GET /api/share/{token}/events': { access: PUBLIC, success: 200, request: ({ world }) => ({ params: { token: world.workspace.shareToken } }) },
  'GET /api/journeys/{id}/events': { access: journey('journey:read'), success: 200, request: ({ ids }) => ({ params: { id: ids.journey } }) },

  // report exports: every role may export (viewers too); a job is its workspace's, and a share link's
  // jobs are reached through that link only (both made by the world and finished)
  'POST /api/journeys/{id}/exports': {
    access: journey('journey:export'),
    success: 202,
    request: ({ ids }) => ({ params: { id: ids.journey }, body: { format: 'pdf', sections: ['summary'] } }),
    settle: (builder, world) => builder.settleExports(world.workspace.ids.workspace),
  },
  'POST /api/workspaces/{workspaceId}/exports': {
    access: workspace('journey:export'),
    success: 202,
    request: ({ ids }) => ({ params: { workspaceId: ids.workspace }, body: { format: 'pdf', from: '2025-01-01', to: '2025-12-31' } }),
    settle: (builder, world) => builder.settleExports(world.workspace.ids.workspace),
  },
  'GET /api/exports/{id}': {
    access: workspace('journey:export'),
    success: 200,
    request: ({ ids }) => ({ params: { id: ids.exportJob } }),
    // The job names its workspace: to a non-member it does not exist (EXPORT_NOT_FOUND, not WORKSPACE_NOT_FOUND).
    expect: (caller) => (caller.name === 'non-member' ? 404 : undefined),
  },
  'GET /api/exports/{id}/file': {
    access: workspace('journey:export'),
    success: 200,
    request: ({ ids }) => ({ params: { id: ids.exportJob } }),
    expect: (caller) => (caller.name === 'non-member' ? 404 : undefined),
  },
  // The share link's token is the bearer secret in the path (as for GET /api/share/{token}).
  'POST /api/share/{token}/exports': {
    access: PUBLIC,
    success: 202,
    request: ({ world }) => ({ params: { token: world.workspace.shareToken }, body: { format: 'pdf', sections: ['summary'] } }),
    settle: (builder, world) => builder.settleExports(world.workspace.ids.workspace),
  },
  'GET /api/share/{token}/exports/{id}': {
    access: PUBLIC,
    success: 200,
    request: ({ world }) => ({ params: { token: world.workspace.shareToken, id: world.workspace.shareExportJob } }),
  },
  'GET /api/share/{token}/exports/{id}/file': {
    access: PUBLIC,
    success: 200,
    request: ({ world }) => ({ params: { token: world.workspace.shareToken, id: world.workspace.shareExportJob } }),
  },

  // API keys: owners manage them with their session (no key manages keys)
  'POST /api/workspaces/{workspaceId}/api-keys': {
    access: workspace('integrations:manage'),
    success: 201,
    request: ({ ids, fresh }) => ({ params: { workspaceId: ids.workspace }, body: { name: `Key ${fresh.tag}`, scopes: ['read'] } }),
  },
  'GET /api/workspaces/{workspaceId}/api-keys': {
    access: workspace('integrations:manage'),
    success: 200,
    request: ({ ids }) => ({ params: { workspaceId: ids.workspace } }),
  },
  'DELETE /api/workspaces/{workspaceId}/api-keys/{keyId}': {
    access: workspace('integrations:manage'),
    success: 204,
    destroys: 'the API key',
    request: ({ ids }) => ({ params: { workspaceId: ids.workspace, keyId: ids.apiKey } }),
  },

  // audit log: owners; the filters are ids of A (another workspace's match no event, like missing ones)
  'GET /api/workspaces/{workspaceId}/audit': {
    access: workspace('audit:read'),
    success: 200,
    request: ({ ids }) => ({ params: { workspaceId: ids.workspace }, query: { journeyId: ids.journey, actorUserId: ids.actor, limit: '5' } }),
    foreign: {
      journey: { status: 200, why: 'a filter: B’s journey matches none of A’s events, exactly like a missing id (an empty page)' },
      actor: { status: 200, why: 'a filter: B’s user matches none of A’s events, exactly like a missing id (an empty page)' },
    },
  },
  'GET /api/workspaces/{workspaceId}/audit/filters': {
    access: workspace('audit:read'),
    success: 200,
    request: ({ ids }) => ({ params: { workspaceId: ids.workspace } }),
  },

  // metrics: the catalog, attachments, measurements, rollups
  'GET /api/workspaces/{workspaceId}/metric-definitions': {
    access: workspace('journey:read'),
    success: 200,
    request: ({ ids }) => ({ params: { workspaceId: ids.workspace } }),
  },
  'POST /api/workspaces/{workspaceId}/metric-definitions': {
    access: workspace('journey:write'),
    success: 201,
    request: ({ ids, fresh }) => ({ params: { workspaceId: ids.workspace }, body: customMetric(`k_${fresh.tag}`) }),
  },
  'PATCH /api/workspaces/{workspaceId}/metric-definitions/{key}': {
    access: workspace('journey:write'),
    success: 200,
    // The version the caller would have read (each allowed call moves it on).
    prepare: async (builder, { world }) => ({
      version: String(await builder.metricDefinitionVersion(world.workspace.ids.workspace, world.workspace.ids.metricKey)),
    }),
    request: ({ ids, fresh, prepared }) => ({
      params: { workspaceId: ids.workspace, key: ids.metricKey },
      body: { version: Number(prepared['version'] ?? 1), name: `Renamed ${fresh.tag}` },
    }),
  },
  'DELETE /api/workspaces/{workspaceId}/metric-definitions/{key}': {
    access: workspace('journey:write'),
    success: 204,
    destroys: 'the custom metric',
    // The world's metric is attached (409): each call deletes one made for it, unattached (the
    // isolation matrix, which runs no `prepare`, sends the world's metric key, and swaps it).
    // A fresh metric is at version 1, the version its DELETE sends (a stale one is a 409).
    prepare: async (builder, { world }) => ({ metric: await builder.metricDefinition(world.workspace.ids.workspace, world.workspace.members.owner) }),
    request: ({ ids, prepared }) => ({ params: { workspaceId: ids.workspace, key: prepared['metric'] ?? ids.metricKey }, query: { version: '1' } }),
  },
  'GET /api/workspaces/{workspaceId}/metrics/rollup': {
    access: workspace('journey:read'),
    success: 200,
    request: ({ ids }) => ({ params: { workspaceId: ids.workspace }, query: rollupQuery(ids) }),
  },
  'GET /api/journeys/{id}/metrics': { access: journey('journey:read'), success: 200, request: ({ ids }) => ({ params: { id: ids.journey } }) },
  'GET /api/journeys/{id}/metrics/rollup': {
    access: journey('journey:read'),
    success: 200,
    request: ({ ids }) => ({ params: { id: ids.journey }, query: rollupQuery(ids) }),
  },
  'POST /api/journeys/{id}/metrics': {
    access: journey('journey:write'),
    success: 201,
    // A metric is attached once per touchpoint: each call attaches a custom metric made for it (the
    // isolation matrix, which runs no `prepare`, sends the world's metric key, and swaps it).
    prepare: async (builder, { world }) => ({ metric: await builder.metricDefinition(world.workspace.ids.workspace, world.workspace.members.owner) }),
    request: ({ ids, prepared }) => ({
      params: { id: ids.journey },
      // On a link: the one route whose request carries a link id (the world's metric sits on a touchpoint).
      body: { metric: prepared['metric'] ?? ids.metricKey, linkId: ids.link, target: 90, warning: 70 },
    }),
  },
  'PATCH /api/journeys/{id}/metrics/{attachmentId}': {
    access: journey('journey:write'),
    success: 200,
    // The version the caller would have read (each allowed call moves it on).
    prepare: async (builder, { world }) => ({ version: String(await builder.attachmentVersion(world.workspace.ids.attachment)) }),
    request: ({ ids, prepared }) => ({
      params: { id: ids.journey, attachmentId: ids.attachment },
      body: { version: Number(prepared['version'] ?? 1), isKey: true },
    }),
  },
  'DELETE /api/journeys/{id}/metrics/{attachmentId}': {
    access: journey('journey:write'),
    success: 204,
    destroys: 'the attachment and its measurements',
    request: ({ ids }) => ({ params: { id: ids.journey, attachmentId: ids.attachment } }),
  },
  'GET /api/journeys/{id}/metrics/{attachmentId}/measurements': {
    access: journey('journey:read'),
    success: 200,
    request: ({ ids }) => ({ params: { id: ids.journey, attachmentId: ids.attachment }, query: { from: '2026-01-01' } }),
  },
  // The integrations' ingest route. Re-sending a row replaces it: every allowed call answers 200.
  'POST /api/journeys/{id}/measurements': {
    access: journey('metrics:ingest'),
    success: 200,
    apiKey: true,
    request: ({ ids }) => ({
      params: { id: ids.journey },
      body: { rows: [{ attachmentId: ids.attachment, period: 'month', periodStart: '2026-03-01', numerator: 30, denominator: 40, source: 'api' }] },
    }),
  },
  // The same ingest from a CSV file; applying (dryRun=false) a line that replaces a stored one answers 200 again.
  'POST /api/journeys/{id}/measurements/csv': {
    access: journey('metrics:ingest'),
    success: 200,
    apiKey: true,
    request: ({ ids }) => ({
      params: { id: ids.journey },
      query: { dryRun: 'false' },
      body: { csv: `attachment_id,period,period_start,numerator,denominator\n${ids.attachment},month,2026-03-01,30,40\n` },
    }),
    foreign: {
      attachment: { status: 422, why: 'a line naming an attachment not in the journey is a line error (MEASUREMENTS_INVALID), exactly like a missing id' },
    },
  },
};

/** A rollup of the world's custom metric over the months that hold its measurements. */
function rollupQuery(ids: Ids): Record<string, string> {
  return { metric: ids.metricKey, by: 'stage', from: '2026-01-01', to: '2026-03-31' };
}

/** `METHOD /path/{param}` → method and a path with the params filled in. */
export function routePath(key: string, params: Record<string, string> = {}): { method: string; path: string } {
  const [method, template] = key.split(' ');
  if (!method || !template) throw new Error(`not a route key: ${key}`);
  const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${key}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
  return { method, path };
}
