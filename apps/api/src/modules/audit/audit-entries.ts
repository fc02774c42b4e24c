import { JOURNEY_TEMPLATES, ROLE_LABELS, type ApiKeyScope, type ChangeOp, type JourneyImportFormat, type Role, type TemplateKey } from '@cxmap/domain';
import { describeOps, packOps } from '@cxmap/journey-format';
import type { AuditEntry } from './audit-recorder';

/**
 * What each change records: its action, a one-line summary for people and the change itself.
 * Pure, so the wording is tested here and services only say what happened.
 *
 * Ops are stored packed (`opRuns`, see packOps: a 2,000-touchpoint move is a few columns, not
 * 2,000 objects for PostgreSQL to take in); the audit API gives them back as `ops` (audit-rows.ts).
 */

export interface AuditedMember {
  userId: string;
  name: string;
  email: string;
  role: Role;
}

export interface AuditedJourney {
  id: string;
  name: string;
}

/** Journey fields a PATCH may change. */
export interface JourneyFields {
  name: string;
  description: string;
  state: string;
  status: string;
}

export interface AuditedShareLink {
  id: string;
  label: string | null;
  allowExport: boolean;
  /** ISO timestamps. */
  createdAt: string;
  expiresAt: string | null;
}

export interface AuditedApiKey {
  id: string;
  name: string;
  scopes: readonly ApiKeyScope[];
}

const IMPORT_FORMAT_LABELS: Record<JourneyImportFormat, string> = {
  mermaid: 'a Mermaid journey',
  ojf: 'an OpenJourney file',
  csv: 'a CSV grid of touchpoints',
  xlsx: 'an XLSX grid of touchpoints',
  cxmap: 'a CXMap journey document',
};

/** What an import brought besides stages, touchpoints and links. */
export interface ImportedExtras {
  metrics: number;
  measurements: number;
  annotations: number;
  replies: number;
}

function describeExtras(extras: ImportedExtras): string {
  const parts: Array<[number, string]> = [
    [extras.metrics, 'metric'],
    [extras.measurements, 'measurement'],
    [extras.annotations, 'annotation'],
    [extras.replies, 'reply'],
  ];
  return parts
    .filter(([count]) => count > 0)
    .map(([count, noun]) => `${count} ${count === 1 ? noun : noun === 'reply' ? 'replies' : `${noun}s`}`)
    .join(', ');
}

const JOURNEY_FIELDS: ReadonlyArray<keyof JourneyFields> = ['name', 'description', 'state', 'status'];

const quote = (name: string): string => `“${name}”`;
const role = (value: Role): string => ROLE_LABELS[value];
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);
/** The calendar day of an ISO timestamp, in UTC: summaries are read in every time zone. */
const day = (iso: string): string => iso.slice(0, 10);

export const auditEntries = {
  workspaceCreated(name: string): AuditEntry {
    return { action: 'workspace.created', summary: `Created the workspace ${quote(name)}`, change: { name } };
  },

  workspaceRenamed(before: string, after: string): AuditEntry {
    return {
      action: 'workspace.renamed',
      summary: `Renamed the workspace from ${quote(before)} to ${quote(after)}`,
      change: { before: { name: before }, after: { name: after } },
    };
  },

  memberRoleChanged(member: AuditedMember, after: Role): AuditEntry {
    return {
      action: 'member.role_changed',
      summary: `Changed ${member.name}’s role from ${role(member.role)} to ${role(after)}`,
      change: { userId: member.userId, name: member.name, email: member.email, before: { role: member.role }, after: { role: after } },
    };
  },

  memberRemoved(member: AuditedMember): AuditEntry {
    return {
      action: 'member.removed',
      summary: `Removed ${member.name} (${role(member.role)}) from the workspace`,
      change: { userId: member.userId, name: member.name, email: member.email, role: member.role },
    };
  },

  memberLeft(member: AuditedMember): AuditEntry {
    return {
      action: 'member.left',
      summary: `Left the workspace (was ${role(member.role)})`,
      change: { userId: member.userId, name: member.name, email: member.email, role: member.role },
    };
  },

  invitationCreated(invitation: { id: string; email: string; role: Role }): AuditEntry {
    return {
      action: 'invitation.created',
      summary: `Invited ${invitation.email} as ${role(invitation.role)}`,
      change: { invitationId: invitation.id, email: invitation.email, role: invitation.role },
    };
  },

  invitationRevoked(invitation: { id: string; email: string; role: Role }): AuditEntry {
    return {
      action: 'invitation.revoked',
      summary: `Revoked the invitation of ${invitation.email} (${role(invitation.role)})`,
      change: { invitationId: invitation.id, email: invitation.email, role: invitation.role },
    };
  },

  invitationAccepted(invitation: { id: string; email: string; role: Role }): AuditEntry {
    return {
      action: 'invitation.accepted',
      summary: `Accepted the invitation for ${invitation.email} and joined as ${role(invitation.role)}`,
      change: { invitationId: invitation.id, email: invitation.email, role: invitation.role },
    };
  },

  /** `template` is null for content laid out another way (the demo seed); `ops` is that content. */
  journeyCreated(journey: AuditedJourney, template: TemplateKey | null, ops: readonly ChangeOp[]): AuditEntry {
    const from = template === null || template === 'blank' ? '' : ` from the ${JOURNEY_TEMPLATES[template].name} template`;
    const content = template === null && ops.length > 0 ? `: ${lowerFirst(describeOps(ops))}` : '';
    return {
      action: 'journey.created',
      journey,
      summary: `Created the journey ${quote(journey.name)}${from}${content}`,
      change: { template, opRuns: packOps(ops) },
    };
  },

  /** A journey made from an imported file: the file's format, and its content as ops. */
  /** `with`: what the file brought besides the graph (metrics, measurements, annotations, replies), by count. */
  journeyImported(journey: AuditedJourney, format: JourneyImportFormat, ops: readonly ChangeOp[], brought: ImportedExtras | null = null): AuditEntry {
    const content = ops.length > 0 ? `: ${lowerFirst(describeOps(ops))}` : '';
    const extras = brought ? describeExtras(brought) : '';
    return {
      action: 'journey.imported',
      journey,
      summary: `Imported the journey ${quote(journey.name)} from ${IMPORT_FORMAT_LABELS[format]}${content}${extras ? `; with ${extras}` : ''}`,
      change: extras !== '' ? { format, opRuns: packOps(ops), with: brought } : { format, opRuns: packOps(ops) },
    };
  },

  /** A PATCH of the journey row; null when it changed nothing. A new name makes it a rename. */
  journeyUpdated(id: string, before: JourneyFields, after: JourneyFields): AuditEntry | null {
    const fields = JOURNEY_FIELDS.filter((field) => before[field] !== after[field]);
    if (fields.length === 0) return null;
    const pick = (source: JourneyFields) => Object.fromEntries(fields.map((field) => [field, source[field]]));
    const change = { before: pick(before), after: pick(after) };
    const journey = { id, name: after.name };
    if (fields.includes('name')) {
      const others = fields.filter((field) => field !== 'name');
      const also = others.length > 0 ? `; changed its ${others.join(', ')}` : '';
      return { action: 'journey.renamed', journey, summary: `Renamed the journey ${quote(before.name)} to ${quote(after.name)}${also}`, change };
    }
    const described = fields.map((field) => (field === 'description' ? 'description' : `${field} → ${after[field]}`));
    return { action: 'journey.updated', journey, summary: `Updated the journey ${quote(after.name)}: ${described.join(', ')}`, change };
  },

  journeyDeleted(journey: AuditedJourney): AuditEntry {
    return { action: 'journey.deleted', journey, summary: `Deleted the journey ${quote(journey.name)}`, change: null };
  },

  /** A `/changes` batch: its summary and all its ops. */
  journeyChanged(journey: AuditedJourney, ops: readonly ChangeOp[]): AuditEntry {
    return { action: 'journey.changed', journey, summary: describeOps(ops), change: { opRuns: packOps(ops) } };
  },

  /** The link's terms, never its token (only its hash is stored, and not here either). The journey is added by the recorder. */
  shareLinkCreated(link: AuditedShareLink): AuditEntry {
    const terms = [link.expiresAt === null ? 'never expires' : `expires ${day(link.expiresAt)}`, link.allowExport ? 'exports allowed' : 'no exports'];
    return {
      action: 'share_link.created',
      summary: `Created a share link${link.label === null ? '' : ` ${quote(link.label)}`} (${terms.join(', ')})`,
      change: { shareLinkId: link.id, label: link.label, allowExport: link.allowExport, expiresAt: link.expiresAt },
    };
  },

  shareLinkRevoked(link: AuditedShareLink): AuditEntry {
    return {
      action: 'share_link.revoked',
      summary: link.label === null ? `Revoked a share link created ${day(link.createdAt)}` : `Revoked the share link ${quote(link.label)}`,
      change: { shareLinkId: link.id, label: link.label, createdAt: link.createdAt },
    };
  },

  /** The key's name and scopes, never its secret nor the secret's prefix. */
  apiKeyCreated(key: AuditedApiKey): AuditEntry {
    return {
      action: 'api_key.created',
      summary: `Created the API key ${quote(key.name)} (${scopeList(key.scopes)})`,
      change: { apiKeyId: key.id, name: key.name, scopes: key.scopes },
    };
  },

  apiKeyRevoked(key: AuditedApiKey): AuditEntry {
    return {
      action: 'api_key.revoked',
      summary: `Revoked the API key ${quote(key.name)} (${scopeList(key.scopes)})`,
      change: { apiKeyId: key.id, name: key.name, scopes: key.scopes },
    };
  },
};

function scopeList(scopes: readonly ApiKeyScope[]): string {
  return `${scopes.length === 1 ? 'scope' : 'scopes'} ${scopes.join(', ')}`;
}
