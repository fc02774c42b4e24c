import { Injectable } from '@nestjs/common';
import type { ApiKeyDto, CreatedApiKeyResponse } from '@cxmap/domain';
import type { Actor } from '../../core/auth/actor';
import { newApiKeySecret } from '../../core/auth/api-key-secret';
import { AppError } from '../../core/errors/app-error';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import { toApiKeyDto } from './api-key-rows';
import { ApiKeysRepository } from './api-keys.repository';
import type { CreateApiKeyDto } from './dto/api-key-requests.dto';

/** Owners create, list and revoke their workspace's API keys; the secret is shown once, at creation. */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly access: WorkspaceAccessService,
    private readonly keys: ApiKeysRepository,
  ) {}

  async create(actor: Actor, workspaceId: string, request: CreateApiKeyDto): Promise<CreatedApiKeyResponse> {
    await this.access.forWorkspace(actor, workspaceId, 'integrations:manage');
    const { secret, hash, prefix } = newApiKeySecret();
    const row = await this.keys.insert(workspaceId, {
      name: request.name,
      scopes: [...new Set(request.scopes)],
      prefix,
      secretHash: hash,
      createdBy: actor.userId,
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
    if (!(await this.keys.revoke(workspaceId, keyId))) throw new AppError('API_KEY_NOT_FOUND');
  }
}
