import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { SessionLookup } from '../../core/auth/session-lookup';
import { select } from '../../database/sql';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string;
}

/** Users and sessions (not tenant rows: a user may belong to several workspaces). */
@Injectable()
export class AuthRepository extends SessionLookup {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  findUserByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOneBy({ email });
  }

  findUserById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  createUser(manager: EntityManager, user: NewUser): Promise<UserEntity> {
    return manager.save(manager.create(UserEntity, user));
  }

  async setPasswordHash(userId: string, passwordHash: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(UserEntity).update({ id: userId }, { passwordHash });
  }

  async setName(userId: string, name: string): Promise<void> {
    await this.dataSource.getRepository(UserEntity).update({ id: userId }, { name });
  }

  /** Deletes the user; memberships and sessions go with it (ON DELETE CASCADE), invitations keep a null author. */
  async deleteUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.getRepository(UserEntity).delete({ id: userId });
  }

  async createSession(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).insert({ userId, tokenHash, expiresAt });
  }

  async deleteSession(id: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ id });
  }

  /** Ends every session of the user but `keepSessionId`. */
  async deleteOtherSessions(manager: EntityManager, userId: string, keepSessionId: string): Promise<void> {
    await manager
      .getRepository(SessionEntity)
      .createQueryBuilder()
      .delete()
      .where('user_id = :userId AND id <> :keepSessionId', { userId, keepSessionId })
      .execute();
  }

  async deleteAllSessions(userId: string): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).delete({ userId });
  }

  async deleteExpiredSessions(userId: string): Promise<void> {
    await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder()
      .delete()
      .where('user_id = :userId AND expires_at <= now()', { userId })
      .execute();
  }

  async isActive(sessionId: string): Promise<boolean> {
    const rows = await select<{ one: number }>(this.dataSource.manager, 'SELECT 1 AS one FROM sessions WHERE id = $1 AND expires_at > now()', [sessionId]);
    return rows.length > 0;
  }

  async findActor(tokenHash: string): Promise<Actor | null> {
    const rows = await select<{ session_id: string; user_id: string; email: string; name: string }>(
      this.dataSource.manager,
      `SELECT s.id AS session_id, u.id AS user_id, u.email, u.name
         FROM sessions s
         JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.expires_at > now()`,
      [tokenHash],
    );
    const row = rows[0];
    return row ? { sessionId: row.session_id, userId: row.user_id, email: row.email, name: row.name } : null;
  }
}
