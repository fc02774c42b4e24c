import type { ApiKeyDto } from '@cxmap/domain';
import type { ApiKeyRow } from './api-keys.repository';

const iso = (value: Date): string => new Date(value).toISOString();

export function toApiKeyDto(row: ApiKeyRow): ApiKeyDto {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes,
    prefix: row.prefix,
    createdBy: row.creator_name,
    createdAt: iso(row.created_at),
    lastUsedAt: row.last_used_at === null ? null : iso(row.last_used_at),
  };
}
