import type { MemberDto } from '@cxmap/domain';
import type { MemberRow } from './workspaces.repository';

export function toMemberDto(row: MemberRow): MemberDto {
  return { userId: row.user_id, name: row.name, email: row.email, role: row.role, joinedAt: new Date(row.created_at).toISOString() };
}
