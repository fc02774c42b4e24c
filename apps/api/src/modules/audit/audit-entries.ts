import { JOURNEY_TEMPLATES, ROLE_LABELS, type ChangeOp, type Role, type TemplateKey } from '@cxmap/domain';
import { describeOps } from '@cxmap/journey-format';
import type { AuditEntry } from './audit-recorder';

/**
 * What each change records: its action, a one-line summary for people and the change itself.
 * Pure, so the wording is tested here and services only say what happened.
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

const JOURNEY_FIELDS: ReadonlyArray<keyof JourneyFields> = ['name', 'description', 'state', 'status'];

const quote = (name: string): string => `“${name}”`;
const role = (value: Role): string => ROLE_LABELS[value];
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

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
      change: { template, ops },
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
    return { action: 'journey.changed', journey, summary: describeOps(ops), change: { ops } };
  },
};
