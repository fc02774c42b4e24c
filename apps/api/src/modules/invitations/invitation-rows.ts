import type { InvitationDto, InvitationPreviewDto } from '@cxmap/domain';
import type { InvitationPreviewRow, InvitationRow } from './invitations.repository';

const iso = (value: Date): string => new Date(value).toISOString();

export function toInvitationDto(row: InvitationRow): InvitationDto {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    invitedBy: row.inviter_name,
    createdAt: iso(row.created_at),
    expiresAt: iso(row.expires_at),
  };
}

export function toInvitationPreviewDto(row: InvitationPreviewRow): InvitationPreviewDto {
  return {
    workspaceName: row.workspace_name,
    email: row.email,
    role: row.role,
    inviterName: row.inviter_name,
    expiresAt: iso(row.expires_at),
  };
}
