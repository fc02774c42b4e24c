import { Injectable } from '@nestjs/common';
import { LIMITS, type ApiKeyDto, type CreatedApiKeyResponse } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { newApiKeySecret } from '../../core/auth/api-key-secret';
import { AppError } from '../../core/errors/app-error';
import { auditActorOf } from '../audit/audit-actor';
import { auditEntries } from '../audit/audit-entries';
import { AuditRecorder } from '../audit/audit-recorder';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import { toApiKeyDto } from './api-key-rows';
import { ApiKeysRepository } from './api-keys.repository';
import type { CreateApiKeyDto } from './dto/api-key-requests.dto';

/** Owners create, list and revoke their workspace's API keys; the secret is shown once, at creation. */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly keys: ApiKeysRepository,
    private readonly audit: AuditRecorder,
  ) {}

  /** At most `LIMITS.activeApiKeysPerWorkspaceMax` active keys, so their list stays one bounded answer. */
  async create(actor: Actor, workspaceId: string, request: CreateApiKeyDto): Promise<CreatedApiKeyResponse> {
    await this.access.forWorkspace(actor, workspaceId, 'integrations:manage');
    const { secret, hash, prefix } = newApiKeySecret();
    const max = LIMITS.activeApiKeysPerWorkspaceMax;
    const row = await this.dataSource.transaction(async (manager) => {
      if ((await this.keys.lockAndCountActive(manager, workspaceId)) >= max) {
        throw new AppError('TOO_MANY_API_KEYS', { detail: `A workspace has at most ${max} active API keys; revoke one you no longer use first.` });
      }
      const created = await this.keys.insert(manager, workspaceId, {
        name: request.name,
        scopes: [...new Set(request.scopes)],
        prefix,
        secretHash: hash,
        createdBy: actor.userId,
      });
      await this.audit.record(manager, { workspaceId, actor: auditActorOf(actor), ...auditEntries.apiKeyCreated(created) });
      return created;
    });
    return { apiKey: toApiKeyDto(row), secret };
  }

  async listActive(actor: Actor, workspaceId: string): Promise<ApiKeyDto[]> {
    await this.access.forWorkspace(actor, workspaceId, 'integrations:manage');
    return (await this.keys.listActive(workspaceId)).map(toApiKeyDto);
  }

  /** The key stops working on its next request: the guard reads it from the database every time. */
  async revoke(actor: Actor, workspaceId: string, keyId: string): Promise<void> {
    await this.access.forWorkspace(actor, workspaceId, 'integrations:manage');
    await this.dataSource.transaction(async (manager) => {
      const revoked = await this.keys.revoke(manager, workspaceId, keyId);
      if (!revoked) throw new AppError('API_KEY_NOT_FOUND');
      await this.audit.record(manager, { workspaceId, actor: auditActorOf(actor), ...auditEntries.apiKeyRevoked(revoked) });
    });
  }
}
