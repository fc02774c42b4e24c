import { Injectable } from '@nestjs/common';
import { LIMITS, type MemberDto, type Page, type PageRequest, type Role } from '@cxmap/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { auditActorOf } from '../audit/audit-actor';
import { auditEntries } from '../audit/audit-entries';
import { AuditRecorder } from '../audit/audit-recorder';
import { CURSOR_UUID, decodeCursor, toPage } from '../../core/pagination/cursor';
import { toMemberDto } from './member-rows';
import { WorkspaceAccessService } from './workspace-access.service';
import { WorkspacesRepository, type MemberRow } from './workspaces.repository';

/** Listing members, changing their role, removing them (or oneself: leaving). A workspace always keeps an owner. */
@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly workspaces: WorkspacesRepository,
    private readonly audit: AuditRecorder,
  ) {}

  async list(actor: Actor, workspaceId: string, page: PageRequest): Promise<Page<MemberDto>> {
    await this.access.forWorkspace(actor, workspaceId, 'members:read');
    const limit = page.limit ?? LIMITS.pageSizeDefault;
    const rows = await this.workspaces.listMembers(workspaceId, limit + 1, decodeCursor(page.cursor, isMemberKey));
    return toPage(rows, limit, (row) => [row.role_rank, row.name_key, row.user_id], toMemberDto);
  }

  async changeRole(actor: Actor, workspaceId: string, userId: string, role: Role): Promise<MemberDto> {
    await this.access.forWorkspace(actor, workspaceId, 'members:manage');
    return this.dataSource.transaction(async (manager) => {
      const member = await this.lockedMember(manager, workspaceId, userId);
      if (member.role === 'owner' && role !== 'owner') {
        await this.keepAnOwner(manager, workspaceId, 'The last owner cannot be demoted: make another member an owner first.');
      }
      await this.workspaces.setRole(manager, workspaceId, userId, role);
      if (member.role !== role) {
        await this.audit.record(manager, { workspaceId, actor: auditActorOf(actor), ...auditEntries.memberRoleChanged(auditedMember(member), role) });
      }
      return toMemberDto({ ...member, role });
    });
  }

  /** An owner removes anyone; any member may remove themselves (leave). */
  async remove(actor: Actor, workspaceId: string, userId: string): Promise<void> {
    const leaving = userId === actor.userId;
    await this.access.forWorkspace(actor, workspaceId, leaving ? 'members:read' : 'members:manage');
    await this.dataSource.transaction(async (manager) => {
      const member = await this.lockedMember(manager, workspaceId, userId);
      if (member.role === 'owner') {
        await this.keepAnOwner(
          manager,
          workspaceId,
          leaving
            ? 'You are the last owner and cannot leave: make another member an owner first, or delete the workspace.'
            : 'The last owner cannot be removed: make another member an owner first.',
        );
      }
      await this.workspaces.removeMember(manager, workspaceId, userId);
      const entry = leaving ? auditEntries.memberLeft(auditedMember(member)) : auditEntries.memberRemoved(auditedMember(member));
      await this.audit.record(manager, { workspaceId, actor: auditActorOf(actor), ...entry });
    });
  }

  private async lockedMember(manager: EntityManager, workspaceId: string, userId: string): Promise<MemberRow> {
    if (!(await this.workspaces.lockMemberships(manager, workspaceId))) throw new AppError('WORKSPACE_NOT_FOUND');
    const member = await this.workspaces.findMember(manager, workspaceId, userId);
    if (!member) throw new AppError('MEMBER_NOT_FOUND');
    return member;
  }

  /** Called before an owner stops being one: refuses when they are the only owner. */
  private async keepAnOwner(manager: EntityManager, workspaceId: string, detail: string): Promise<void> {
    if ((await this.workspaces.countOwners(manager, workspaceId)) <= 1) throw new AppError('LAST_OWNER', { detail });
  }
}

function auditedMember(member: MemberRow) {
  return { userId: member.user_id, name: member.name, email: member.email, role: member.role };
}

/** `[role rank, lower(name), user id]`: where the last member of a page sorts. */
function isMemberKey(key: unknown[]): key is [number, string, string] {
  const [rank, name, userId] = key;
  return (
    key.length === 3 &&
    Number.isInteger(rank) && (rank as number) >= 0 && (rank as number) <= 3 &&
    typeof name === 'string' && name.length <= 4 * LIMITS.nameMax &&
    typeof userId === 'string' && CURSOR_UUID.test(userId)
  );
}
