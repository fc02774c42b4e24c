import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { useTestApp } from './support/test-app-context';
import type { TestUser } from './support/given';

/**
 * "The last owner cannot leave or be demoted" under concurrency: two owners act on each other at
 * the same moment, over real HTTP on a listening server (two requests in flight, two pooled
 * connections), round after round. Whatever interleaving happens, the workspace keeps an owner.
 */
describe('the last owner under concurrency', () => {
  const ctx = useTestApp();
  const ROUNDS = 25;
  let base: string;

  beforeAll(async () => {
    await ctx.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(ctx.app.getHttpServer().address() as AddressInfo).port}`;
  });

  const call = async (user: TestUser, method: 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<number> => {
    const response = await fetch(`${base}/api${path}`, {
      method,
      headers: { Cookie: user.cookie, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    await response.arrayBuffer();
    return response.status;
  };

  it('always keeps at least one owner when two owners demote each other, leave, or both at once', async () => {
    const ada = await ctx.given.user();
    const bob = await ctx.given.user();
    const workspaceId = ada.workspaceId;
    await ctx.given.member(bob, workspaceId, 'owner');
    const db = ctx.app.get(DataSource);
    const members = `/workspaces/${workspaceId}/members`;
    const ids = { ada: ada.me.user.id, bob: bob.me.user.id };
    const moves = {
      demoteEachOther: () => [call(ada, 'PATCH', `${members}/${ids.bob}`, { role: 'editor' }), call(bob, 'PATCH', `${members}/${ids.ada}`, { role: 'editor' })],
      bothLeave: () => [call(ada, 'DELETE', `${members}/${ids.ada}`), call(bob, 'DELETE', `${members}/${ids.bob}`)],
      demoteAndLeave: () => [call(ada, 'PATCH', `${members}/${ids.bob}`, { role: 'viewer' }), call(bob, 'DELETE', `${members}/${ids.bob}`)],
      removeEachOther: () => [call(ada, 'DELETE', `${members}/${ids.bob}`), call(bob, 'DELETE', `${members}/${ids.ada}`)],
    };
    const outcomes: Record<string, Record<string, number>> = {};

    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [name, move] of Object.entries(moves)) {
        // Both owners again, whatever the previous round left.
        await db.query(
          `INSERT INTO memberships (workspace_id, user_id, role) VALUES ($1, $2, 'owner'), ($1, $3, 'owner')
           ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = 'owner'`,
          [workspaceId, ids.ada, ids.bob],
        );
        const statuses = await Promise.all(move());
        const [row] = (await db.query(`SELECT count(*)::int AS owners FROM memberships WHERE workspace_id = $1 AND role = 'owner'`, [
          workspaceId,
        ])) as { owners: number }[];
        expect([name, round, row?.owners]).toEqual([name, round, 1]);
        // In the symmetric moves one of the two wins (200/204); the other is refused as LAST_OWNER
        // (409) or lost its rights in between (403/404): never both. (Demote-and-leave may both
        // succeed: a demoted owner may still leave.)
        const key = [...statuses].sort().join('+');
        outcomes[name] = { ...outcomes[name], [key]: (outcomes[name]?.[key] ?? 0) + 1 };
      }
    }
    for (const [name, counts] of Object.entries(outcomes)) {
      if (name === 'demoteAndLeave') continue;
      for (const key of Object.keys(counts)) {
        const codes = key.split('+').map(Number);
        expect([name, codes.filter((status) => status < 300).length]).toEqual([name, 1]);
      }
    }
  });
});
