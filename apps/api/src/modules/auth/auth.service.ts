import { Inject, Injectable } from '@nestjs/common';
import type { AuthOptionsResponse, MeResponse } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { SESSION_TTL_MS, hashSessionToken, newSessionToken } from '../../core/auth/session-token';
import { AppError } from '../../core/errors/app-error';
import { isUniqueViolation } from '../../core/errors/database-error';
import { DATABASE_INFO, type DatabaseInfo } from '../../database/database-info';
import { DEMO_EMAIL } from '../../database/seeds/demo-journey';
import { auditEntries } from '../audit/audit-entries';
import { AuditRecorder } from '../audit/audit-recorder';
import { WorkspacesRepository } from '../workspaces/workspaces.repository';
import { AuthRepository } from './auth.repository';
import { DemoCredentials } from './demo-credentials';
import type { LoginDto, SignupDto } from './dto/auth-requests.dto';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';

export interface SignedIn {
  token: string;
  expiresAt: Date;
  me: MeResponse;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: AuthRepository,
    private readonly workspaces: WorkspacesRepository,
    private readonly passwords: PasswordHasher,
    private readonly demo: DemoCredentials,
    private readonly throttle: LoginThrottle,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
    private readonly audit: AuditRecorder,
  ) {}

  /** Creates the user, their workspace and owner membership, and signs them in. */
  async signup(request: SignupDto): Promise<SignedIn> {
    const passwordHash = await this.passwords.hash(request.password);
    let userId: string;
    try {
      userId = await this.dataSource.transaction(async (manager) => {
        if (await this.users.findUserByEmail(request.email, manager)) throw new AppError('EMAIL_TAKEN');
        const user = await this.users.createUser(manager, { email: request.email, name: request.name, passwordHash });
        const workspace = await this.workspaces.createWithOwner(manager, request.workspaceName, user.id);
        await this.audit.record(manager, {
          workspaceId: workspace.id,
          actor: { kind: 'user', userId: user.id, label: user.name },
          ...auditEntries.workspaceCreated(workspace.name),
        });
        return user.id;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError('EMAIL_TAKEN');
      throw error;
    }
    return this.startSession(userId);
  }

  /**
   * Wrong password and unknown email answer alike, after the same amount of work. Too many failures
   * for the email or from the client's address refuse every attempt, right or wrong, until the
   * window ends (429 with Retry-After).
   */
  async login(request: LoginDto, clientIp: string): Promise<SignedIn> {
    await this.throttle.attempt(request.email, clientIp);
    const user = await this.users.findUserByEmail(request.email);
    const ok = user
      ? await this.passwords.verify(user.passwordHash, request.password)
      : await this.passwords.verifyDummy(request.password);
    if (!user || !ok) throw new AppError('INVALID_CREDENTIALS');
    await this.throttle.succeeded(request.email, clientIp);
    await this.users.deleteExpiredSessions(user.id);
    return this.startSession(user.id);
  }

  async logout(actor: Actor): Promise<void> {
    await this.users.deleteSession(actor.sessionId);
  }

  async me(actor: Actor): Promise<MeResponse> {
    return {
      user: { id: actor.userId, email: actor.email, name: actor.name },
      workspaces: await this.workspaces.listForUser(actor.userId),
    };
  }

  options(): AuthOptionsResponse {
    const password = this.demo.get();
    return { demo: this.database.mode === 'embedded' && password !== null ? { email: DEMO_EMAIL, password } : null };
  }

  /** A new session for `userId` (after signup, login, or accepting an invitation as a new user). */
  async startSession(userId: string): Promise<SignedIn> {
    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
    await this.users.createSession(userId, hashSessionToken(token), expiresAt);
    const user = await this.users.findUserById(userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    const me = {
      user: { id: user.id, email: user.email, name: user.name },
      workspaces: await this.workspaces.listForUser(user.id),
    };
    return { token, expiresAt, me };
  }
}
