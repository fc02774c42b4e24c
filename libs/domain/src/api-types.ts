/**
 * The HTTP contract shared by apps/api (response DTOs implement these) and apps/web (fetchers).
 * Dates travel as ISO-8601 strings.
 */
import type {
  Channel,
  EntityKind,
  Interaction,
  JourneyState,
  JourneyStatus,
  Layer,
  LinkType,
  Phase,
  Role,
  TemplateKey,
} from './enums';
import type { ApiKeyScope } from './api-keys';

/**
 * One page of a list endpoint (keyset pagination). Pass `nextCursor` back as `?cursor=` for the
 * next page; `null` means this was the last one. `?limit=` sets the page size (LIMITS.pageSize*).
 */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PageRequest {
  limit?: number;
  cursor?: string;
}

export interface UserDto {
  id: string;
  email: string;
  name: string;
}

export interface WorkspaceMembershipDto {
  id: string;
  name: string;
  role: Role;
}

export interface MeResponse {
  user: UserDto;
  workspaces: WorkspaceMembershipDto[];
}

export interface SignupRequest {
  email: string;
  password: string;
  name: string;
  workspaceName: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

/** `demo` is offered only when the app runs on its embedded database (a local trial). */
export interface AuthOptionsResponse {
  demo: { email: string; password: string } | null;
}

export interface HealthResponse {
  status: 'ok';
  database: 'embedded' | 'postgres';
}

/**
 * Readiness: `degraded` when the read replica cannot be reached (its reads run on the primary, so
 * the instance still serves everything); a primary that does not answer is a 503, not this.
 */
export interface ReadinessResponse {
  status: 'ok' | 'degraded';
  database: 'embedded' | 'postgres';
  checks: { database: 'up'; replica: 'up' | 'down' | 'not configured' };
}

export interface PersonaDto {
  id: string;
  name: string;
  description: string;
  goals: string;
  frustrations: string;
}

export interface JourneySummaryDto {
  id: string;
  workspaceId: string;
  name: string;
  description: string;
  state: JourneyState;
  status: JourneyStatus;
  revision: number;
  stageCount: number;
  touchpointCount: number;
  createdAt: string;
  updatedAt: string;
}

/** A journey's own fields: what anyone who may see the journey gets, share-link holders included. */
export interface JourneyInfoDto {
  id: string;
  name: string;
  description: string;
  state: JourneyState;
  status: JourneyStatus;
  personaId: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

/** A journey as its workspace's members see it. */
export interface JourneyDto extends JourneyInfoDto {
  workspaceId: string;
}

export interface CreateJourneyRequest {
  name: string;
  description?: string;
  template: TemplateKey;
}

export interface UpdateJourneyRequest {
  name?: string;
  description?: string;
  state?: JourneyState;
  status?: JourneyStatus;
}

export interface Position {
  x: number;
  y: number;
}

export interface StageData {
  name: string;
  phase: Phase;
  /** Sort key: columns are drawn in ascending order. */
  order: number;
  customerGoal: string;
  description: string;
}

export interface TouchpointData {
  stageId: string;
  title: string;
  description: string;
  channel: Channel;
  interaction: Interaction;
  ownerTeam: string | null;
  layer: Layer;
  /** −2 … +2, or null when nobody has judged it yet. */
  emotion: number | null;
  /** Offset from the top-left corner of its cell (stage column × layer lane), in canvas pixels. */
  position: Position;
}

export interface LinkData {
  sourceId: string;
  targetId: string;
  type: LinkType;
  label: string | null;
}

interface Versioned {
  id: string;
  version: number;
}

export type StageDto = Versioned & StageData;
export type TouchpointDto = Versioned & TouchpointData;
export type LinkDto = Versioned & LinkData;

/** A whole journey: its row (`J`, which depends on who reads it) and everything drawn on it. */
export interface JourneyGraphOf<J extends JourneyInfoDto> {
  journey: J;
  persona: PersonaDto | null;
  stages: StageDto[];
  touchpoints: TouchpointDto[];
  links: LinkDto[];
}

/** The journey graph as `GET /api/journeys/:id` answers it to a member. */
export type JourneyGraph = JourneyGraphOf<JourneyDto>;

/** The data fields of each entity kind. */
export interface EntityData {
  stage: StageData;
  touchpoint: TouchpointData;
  link: LinkData;
}

/** One operation of a `/changes` batch. Ids of new entities come from the client (UUID v4). */
export type ChangeOp = {
  [E in EntityKind]:
    | { op: 'create'; entity: E; id: string; data: EntityData[E] }
    | { op: 'update'; entity: E; id: string; version: number; data: Partial<EntityData[E]> }
    | { op: 'delete'; entity: E; id: string; version: number };
}[EntityKind];

export interface ChangeBatch {
  ops: ChangeOp[];
}

export interface ChangeResultItem {
  entity: EntityKind;
  id: string;
  /** New version, or null when the entity was deleted. */
  version: number | null;
}

export interface ChangeResponse {
  revision: number;
  results: ChangeResultItem[];
}

/** `current` is the entity as stored now, or null if it no longer exists. */
export interface ConflictItem {
  index: number;
  entity: EntityKind;
  id: string;
  current: StageDto | TouchpointDto | LinkDto | null;
}

export interface FieldError {
  /** Dotted path into the request, e.g. `ops.3.data.emotion`. */
  path: string;
  /** For an imported file (`path` is `content`): the 1-based line of the problem, or null when it has none. */
  line?: number | null;
  /** For a CXMap journey document (`path` is `content`): the JSON path of the bad value, e.g. `stages[2].name`. */
  jsonPath?: string;
  message: string;
}

/** RFC 9457 problem details, as every error response body. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code?: string;
  errors?: FieldError[];
  conflicts?: ConflictItem[];
}

/* ---- Workspaces, members and invitations ---- */

export interface CreateWorkspaceRequest {
  name: string;
}

export interface UpdateWorkspaceRequest {
  name: string;
}

export interface MemberDto {
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: string;
}

export interface UpdateMemberRequest {
  role: Role;
}

export interface CreateInvitationRequest {
  email: string;
  role: Role;
}

/** A pending invitation as its workspace's owners see it (never with its token). */
export interface InvitationDto {
  id: string;
  email: string;
  role: Role;
  /** Name of the member who sent it, or null when that account is gone. */
  invitedBy: string | null;
  createdAt: string;
  expiresAt: string;
}

/** The answer to creating an invitation: the only time its link is ever shown. */
export interface CreatedInvitationResponse {
  invitation: InvitationDto;
  /** Path of the accept page, `/invite/<token>`; prefix it with the app's origin. */
  link: string;
}

/** What the holder of an invitation link may see before accepting it. */
export interface InvitationPreviewDto {
  workspaceName: string;
  email: string;
  role: Role;
  inviterName: string | null;
  expiresAt: string;
}

/** Empty for a signed-in user; `name` and `password` create the account of the invited email. */
export interface AcceptInvitationRequest {
  name?: string;
  password?: string;
}

export interface AcceptInvitationResponse {
  workspaceId: string;
  me: MeResponse;
}

// --- Account (the signed-in user's own settings) ---

export interface UpdateAccountRequest {
  name: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface DeleteAccountRequest {
  password: string;
}

// --- Share links (read-only links to one journey) ---

export interface CreateShareLinkRequest {
  label?: string | null;
  /** ISO date-time in the future, at most a year away; null or left out: never expires. */
  expiresAt?: string | null;
  /** Whether reports may be downloaded through the link (without comments or names); default false. */
  allowExport?: boolean;
}

export interface ShareLinkCreatorDto {
  id: string;
  name: string;
}

/** An active share link as the journey's sharers see it (never with its token). */
export interface ShareLinkDto {
  id: string;
  label: string | null;
  allowExport: boolean;
  createdAt: string;
  /** null: never expires. */
  expiresAt: string | null;
  lastOpenedAt: string | null;
  /** null when that account is gone. */
  createdBy: ShareLinkCreatorDto | null;
}

/** The answer to creating a share link: the only time its token is ever shown. */
export interface CreatedShareLinkResponse extends ShareLinkDto {
  /** Goes into the page path `/s/<token>`. */
  token: string;
}

export interface ShareInfoDto {
  expiresAt: string | null;
  allowExport: boolean;
}

/** What a share link opens: the journey graph without its workspace, and the link's terms. */
export interface SharedJourneyResponse extends JourneyGraphOf<JourneyInfoDto> {
  share: ShareInfoDto;
}

// --- Import (Mermaid journey text, OpenJourney .ojf, a grid of touchpoints as CSV or XLSX, CXMap journey document) ---

/** `xlsx`: the workbook's bytes in base64 (read on the server); `cxmap`: a CXMap journey document (JSON, `format: "cxmap.journey"`), with metrics and annotations; the others: the file's text. */
export const JOURNEY_IMPORT_FORMATS = ['mermaid', 'ojf', 'csv', 'xlsx', 'cxmap'] as const;
export type JourneyImportFormat = (typeof JOURNEY_IMPORT_FORMATS)[number];

export interface ImportJourneyRequest {
  format: JourneyImportFormat;
  /** The file's text; at most LIMITS.importContentMax characters. */
  content: string;
  /** Overrides the name the file gives. */
  name?: string;
}

export interface ImportWarningDto {
  line: number | null;
  message: string;
}

/** The new journey, and what the importer changed or could not keep (cut names, scores without an emotion…). */
export interface ImportJourneyResponse extends JourneyDto {
  warnings: ImportWarningDto[];
}

/** One touchpoint row of a CSV/XLSX grid as the import read it; `row` counts the header as row 1. */
export interface ImportGridRowDto {
  row: number;
  stage: string;
  title: string;
  channel: Channel | null;
  interaction: Interaction | null;
  layer: Layer | null;
  emotion: number | null;
  errors: { column: string; message: string }[];
}

/** `?dryRun=true` on the import: what the file would become, and nothing written. */
export interface ImportPreviewResponse {
  ok: boolean;
  /** The journey's name: the request's, else the file's. */
  name: string;
  stages: { name: string; touchpoints: number }[];
  links: number;
  /** Grid formats (csv, xlsx) only: every data row with its errors. */
  rows: ImportGridRowDto[];
  errors: ImportWarningDto[];
  warnings: ImportWarningDto[];
}

// --- API keys (integrations) ---

export interface CreateApiKeyRequest {
  name: string;
  scopes: ApiKeyScope[];
}

/** An active API key as its workspace's owners see it: never its secret. */
export interface ApiKeyDto {
  id: string;
  name: string;
  scopes: ApiKeyScope[];
  /** The first characters of the secret (`cxk_AbCd`), to tell keys apart. */
  prefix: string;
  /** Name of the member who created it, or null when that account is gone. */
  createdBy: string | null;
  createdAt: string;
  /** Null until the key is first used; updated at most once a minute. */
  lastUsedAt: string | null;
}

/** The answer to creating a key: the only time its secret is ever shown. */
export interface CreatedApiKeyResponse {
  apiKey: ApiKeyDto;
  /** `cxk_…`: send it as `Authorization: Bearer <secret>`. */
  secret: string;
}
