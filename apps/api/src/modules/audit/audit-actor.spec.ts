import type { Actor } from '../../core/auth/actor';
import type { ApiKeyCaller } from '../../core/auth/caller';
import { auditActorOf } from './audit-actor';

describe('auditActorOf', () => {
  it('records a signed-in user by id and current name', () => {
    const actor: Actor = { userId: 'u-1', email: 'ada@example.test', name: 'Ada', sessionId: 's-1' };
    expect(auditActorOf(actor)).toEqual({ kind: 'user', userId: 'u-1', label: 'Ada', sessionId: 's-1' });
  });

  it('records an API key by id and name, never its scopes or workspace', () => {
    const key: ApiKeyCaller = { kind: 'apiKey', keyId: 'k-1', name: 'Survey sync', workspaceId: 'w-1', scopes: ['ingest'] };
    expect(auditActorOf(key)).toEqual({ kind: 'api_key', apiKeyId: 'k-1', label: 'Survey sync' });
  });
});
