import { Injectable } from '@nestjs/common';
import {
  LIMITS,
  type AcceptInvitationResponse,
  type CreatedInvitationResponse,
  type InvitationDto,
  type InvitationPreviewDto,
  type MeResponse,
  type Page,
  type PageRequest,
} from '@cxmap/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { hashSecretToken, newSecretToken } from '../../core/auth/secret-token';
import { AppError } from '../../core/errors/app-error';
import { isUniqueViolation } from '../../core/errors/database-error';
import { auditActorOf } from '../audit/audit-actor';
import { auditEntries } from '../audit/audit-entries';
import { AuditRecorder } from '../audit/audit-recorder';
import { decodeCursor, isTimeIdKey, toPage } from '../../core/pagination/cursor';
import { AuthRepository } from '../auth/auth.repository';
import { AuthService, type SignedIn } from '../auth/auth.service';
import { PasswordHasher } from '../auth/password-hasher';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import { WorkspacesRepository } from '../workspaces/workspaces.repository';
import type { AcceptInvitationDto, CreateInvitationDto } from './dto/invitation-requests.dto';
import { toInvitationDto, toInvitationPreviewDto } from './invitation-rows';
import { invitationPath } from './invitation-token';
import { InvitationsRepository } from './invitations.repository';

export interface Accepted {
  response: AcceptInvitationResponse;
  /** Set when the invitation created the account: the controller hands its session cookie out. */
  session: SignedIn | null;
}

/**
 * Invitation links: owners create, list and revoke them; whoever holds a link may look at it and
 * accept it once, as the signed-in user it was sent to, or by creating that user's account.
 */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly invitations: InvitationsRepository,
    private readonly workspaces: WorkspacesRepository,
    private readonly users: AuthRepository,
    private readonly auth: AuthService,
    private readonly passwords: PasswordHasher,
    private readonly audit: AuditRecorder,
  ) {}

  async create(actor: Actor, workspaceId: string, request: CreateInvitationDto): Promise<CreatedInvitationResponse> {
    await this.access.forWorkspace(actor, workspaceId, 'members:manage');
    if (await this.workspaces.hasMemberWithEmail(workspaceId, request.email)) {
      throw new AppError('ALREADY_MEMBER', { detail: `${request.email} is already a member of this workspace.` });
    }
    const { token, hash } = newSecretToken();
    const row = await this.dataSource.transaction(async (manager) => {
      const created = await this.invitations.replacePending(manager, workspaceId, {
        email: request.email,
        role: request.role,
        tokenHash: hash,
        invitedBy: actor.userId,
      });
      await this.audit.record(manager, { workspaceId, actor: auditActorOf(actor), ...auditEntries.invitationCreated(created) });
      return created;
    });
    return { invitation: toInvitationDto(row), link: invitationPath(token) };
  }

  async listPending(actor: Actor, workspaceId: string, page: PageRequest): Promise<Page<InvitationDto>> {
    await this.access.forWorkspace(actor, workspaceId, 'members:manage');
    const limit = page.limit ?? LIMITS.pageSizeDefault;
    const rows = await this.invitations.listPending(workspaceId, limit + 1, decodeCursor(page.cursor, isTimeIdKey));
    return toPage(rows, limit, (row) => [row.cursor_time, row.id], toInvitationDto);
  }

  async revoke(actor: Actor, workspaceId: string, invitationId: string): Promise<void> {
    await this.access.forWorkspace(actor, workspaceId, 'members:manage');
    await this.dataSource.transaction(async (manager) => {
      const revoked = await this.invitations.revoke(manager, workspaceId, invitationId);
      if (!revoked) throw new AppError('INVITATION_NOT_FOUND');
      await this.audit.record(manager, { workspaceId, actor: auditActorOf(actor), ...auditEntries.invitationRevoked(revoked) });
    });
  }

  /** Unknown, malformed, expired, used and revoked links all answer the same 404. */
  async preview(token: string): Promise<InvitationPreviewDto> {
    const hash = hashSecretToken(token);
    const row = hash === null ? null : await this.invitations.findPreview(hash);
    if (!row) throw new AppError('INVITATION_NOT_FOUND');
    return toInvitationPreviewDto(row);
  }

  async accept(actor: Actor | undefined, token: string, request: AcceptInvitationDto): Promise<Accepted> {
    const hash = hashSecretToken(token);
    if (hash === null) throw new AppError('INVITATION_NOT_FOUND');
    if (actor) return { response: await this.acceptAsMember(actor, hash, request), session: null };
    return this.acceptAsNewUser(hash, request);
  }

  private async acceptAsMember(actor: Actor, hash: string, request: AcceptInvitationDto): Promise<AcceptInvitationResponse> {
    if (request.name !== undefined || request.password !== undefined) {
      throw new AppError('VALIDATION_FAILED', {
        detail: 'You are signed in: the invitation is accepted for your account, without a name or password.',
        errors: [
          ...(request.name !== undefined ? [{ path: 'name', message: 'name must be left out when signed in' }] : []),
          ...(request.password !== undefined ? [{ path: 'password', message: 'password must be left out when signed in' }] : []),
        ],
      });
    }
    const workspaceId = await this.dataSource.transaction(async (manager) => {
      const invitation = await this.invitations.claim(manager, hash);
      if (!invitation) throw new AppError('INVITATION_NOT_FOUND');
      if (invitation.email !== actor.email) {
        throw new AppError('INVITATION_FOR_ANOTHER_EMAIL', {
          detail: `This invitation was sent to ${invitation.email}. Log out, then open the link again to accept it as that person.`,
        });
      }
      if (!(await this.workspaces.addMember(manager, invitation.workspace_id, actor.userId, invitation.role))) {
        throw new AppError('ALREADY_MEMBER', { detail: 'You are already a member of this workspace.' });
      }
      await this.invitations.setAcceptedBy(manager, invitation.workspace_id, invitation.id, actor.userId);
      await this.audit.record(manager, {
        workspaceId: invitation.workspace_id,
        actor: auditActorOf(actor),
        ...auditEntries.invitationAccepted(invitation),
      });
      return invitation.workspace_id;
    });
    const me: MeResponse = await this.auth.me(actor);
    return { workspaceId, me };
  }

  private async acceptAsNewUser(hash: string, request: AcceptInvitationDto): Promise<Accepted> {
    const { name, password } = request;
    if (name === undefined || password === undefined) {
      throw new AppError('VALIDATION_FAILED', {
        detail: 'Choose a name and a password for your new account.',
        errors: [
          ...(name === undefined ? [{ path: 'name', message: 'name is required to create your account' }] : []),
          ...(password === undefined ? [{ path: 'password', message: 'password is required to create your account' }] : []),
        ],
      });
    }
    const passwordHash = await this.passwords.hash(password);
    let accepted: { userId: string; workspaceId: string };
    try {
      accepted = await this.dataSource.transaction(async (manager) => {
        const invitation = await this.invitations.claim(manager, hash);
        if (!invitation) throw new AppError('INVITATION_NOT_FOUND');
        if (await this.users.findUserByEmail(invitation.email, manager)) throw emailTaken(invitation.email);
        const user = await this.users.createUser(manager, { email: invitation.email, name, passwordHash });
        await this.workspaces.addMember(manager, invitation.workspace_id, user.id, invitation.role);
        await this.invitations.setAcceptedBy(manager, invitation.workspace_id, invitation.id, user.id);
        await this.audit.record(manager, {
          workspaceId: invitation.workspace_id,
          actor: { kind: 'user', userId: user.id, label: name },
          ...auditEntries.invitationAccepted(invitation),
        });
        return { userId: user.id, workspaceId: invitation.workspace_id };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw emailTaken(null);
      throw error;
    }
    const session = await this.auth.startSession(accepted.userId);
    return { response: { workspaceId: accepted.workspaceId, me: session.me }, session };
  }
}

function emailTaken(email: string | null): AppError {
  return new AppError('EMAIL_TAKEN', {
    detail: `An account with ${email ?? 'this email'} already exists: log in, then open the link again to accept.`,
  });
}
