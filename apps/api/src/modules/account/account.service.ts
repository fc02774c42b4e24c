import { Injectable } from '@nestjs/common';
import type { UserDto } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { AuthRepository } from '../auth/auth.repository';
import { PasswordHasher } from '../auth/password-hasher';
import { WorkspacesRepository } from '../workspaces/workspaces.repository';
import type { ChangePasswordDto, DeleteAccountDto, UpdateAccountDto } from './dto/account-requests.dto';

/** The signed-in user's own account: name, password, sessions, deletion. */
@Injectable()
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: AuthRepository,
    private readonly workspaces: WorkspacesRepository,
    private readonly passwords: PasswordHasher,
  ) {}

  async rename(actor: Actor, request: UpdateAccountDto): Promise<UserDto> {
    await this.users.setName(actor.userId, request.name);
    return { id: actor.userId, email: actor.email, name: request.name };
  }

  /** Sets a new password and ends every other session of the user; the current one stays. */
  async changePassword(actor: Actor, request: ChangePasswordDto): Promise<void> {
    await this.checkPassword(actor, request.currentPassword, 'currentPassword');
    const passwordHash = await this.passwords.hash(request.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.users.setPasswordHash(actor.userId, passwordHash, manager);
      await this.users.deleteOtherSessions(manager, actor.userId, actor.sessionId);
    });
  }

  async logoutEverywhere(actor: Actor): Promise<void> {
    await this.users.deleteAllSessions(actor.userId);
  }

  /**
   * Deletes the user with their memberships and sessions (ON DELETE CASCADE). Refused while they
   * are the only owner of a workspace: those workspaces are locked first, so two owners leaving
   * at the same moment cannot both go.
   */
  async deleteAccount(actor: Actor, request: DeleteAccountDto): Promise<void> {
    await this.checkPassword(actor, request.password, 'password');
    await this.dataSource.transaction(async (manager) => {
      const soleOwned = await this.workspaces.lockSoleOwnedWorkspaces(manager, actor.userId);
      if (soleOwned.length > 0) {
        throw new AppError('SOLE_OWNER', {
          detail:
            `You are the only owner of ${soleOwned.map((name) => `“${name}”`).join(', ')}. ` +
            'Make another member an owner, or delete the workspace, before deleting your account.',
        });
      }
      await this.users.deleteUser(manager, actor.userId);
    });
  }

  private async checkPassword(actor: Actor, password: string, path: string): Promise<void> {
    const user = await this.users.findUserById(actor.userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    if (!(await this.passwords.verify(user.passwordHash, password))) {
      throw new AppError('WRONG_PASSWORD', { errors: [{ path, message: 'The password is wrong' }] });
    }
  }
}
