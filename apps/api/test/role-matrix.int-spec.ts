import type { Problem } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { useTestApp } from './support/test-app-context';
import { CALLER_KINDS, expectedAnswer, type Answer, type CallerKind } from './support/matrix/callers';
import { ROUTES, freshValues, type RouteSpec } from './support/matrix/route-table';
import { documentedApiKeyOperations, documentedOperations, documentedStatuses, send, tableCoverage } from './support/matrix/send';
import { tenantChecksum } from './support/matrix/tenant-checksum';
import { WorldBuilder, type World } from './support/matrix/world';

interface Cell {
  key: string;
  route: RouteSpec;
  caller: CallerKind;
  answer: Answer;
}

const CELLS: Cell[] = Object.entries(ROUTES).flatMap(([key, route]) =>
  CALLER_KINDS.map((caller) => ({ key, route, caller, answer: expectedAnswer(route, caller) })),
);

const cellName = (cell: Cell): string => `${cell.key} as ${cell.caller.name} → ${cell.answer.status}${cell.answer.code ? ` ${cell.answer.code}` : ''}`;

describe('role matrix: every route × every kind of caller', () => {
  const ctx = useTestApp();
  let builder: WorldBuilder;
  let shared: World;

  beforeAll(async () => {
    builder = new WorldBuilder(ctx.app);
    shared = await builder.world();
  });

  /** The rows of the world's workspace and of everyone in the world (sessions included). */
  const worldChecksum = (world: World): Promise<Record<string, string>> => {
    const { members, coOwner, target, ids } = world.workspace;
    const users = [...Object.values(members), coOwner, target, world.outsider].map((account) => account.userId);
    return tenantChecksum(ctx.app.get(DataSource), ids.workspace, users);
  };

  it('has a table entry for every operation of the OpenAPI document, and none for a route that is gone', async () => {
    expect(tableCoverage(await documentedOperations(ctx.app))).toEqual({ missingFromTable: [], notInDocument: [] });
  });

  it('marks exactly the operations that the OpenAPI document opens to API keys', async () => {
    const marked = Object.entries(ROUTES)
      .filter(([, route]) => route.apiKey === true)
      .map(([key]) => key)
      .sort();
    expect(marked).toEqual(await documentedApiKeyOperations(ctx.app));
    expect(marked.length).toBeGreaterThan(0);
  });

  it('documents in the OpenAPI document every status the matrix expects of a route', async () => {
    const documented = await documentedStatuses(ctx.app);
    // An API key on a route that does not take keys is refused by the global guard, on every such
    // route alike; the document says it once, in the API-key security scheme ("accepted only by the
    // operations that list this scheme"), not per operation.
    const undocumented = CELLS.filter((cell) => cell.answer.code !== 'API_KEY_NOT_ALLOWED')
      .filter((cell) => !(documented[cell.key] ?? []).includes(cell.answer.status))
      .map(cellName);
    expect(undocumented).toEqual([]);
  });

  it('has a cell for every caller kind on every route, the share link’s own route included', () => {
    expect(CELLS).toHaveLength(Object.keys(ROUTES).length * CALLER_KINDS.length);
    expect(CALLER_KINDS.map((kind) => kind.name)).toEqual([
      'owner',
      'editor',
      'commenter',
      'viewer',
      'non-member',
      'anonymous',
      'share-link',
      'api-key read',
      'api-key ingest',
    ]);
    const shareCell = CELLS.find((cell) => cell.key === 'GET /api/share/{token}' && cell.caller.name === 'share-link');
    expect(shareCell?.answer).toEqual({ status: 200, code: null });
  });

  it.each(CELLS.map((cell) => [cellName(cell), cell] as const))('%s', async (_name, cell) => {
    // A call that destroys its target gets a world of its own; a refused one must change nothing, so it
    // runs on the shared world, whose rows are compared before and after.
    const destroys = cell.route.destroys !== undefined && cell.answer.status < 400;
    const world = destroys ? await builder.world() : shared;
    const caller = cell.caller.account(world);
    const fresh = freshValues();
    const prepared = cell.route.prepare ? await cell.route.prepare(builder, { world, caller, fresh }) : {};
    const request = cell.route.request({ ids: world.workspace.ids, world, caller, fresh, prepared });
    const watched = cell.route.destroys !== undefined && !destroys;
    const before = watched ? await worldChecksum(world) : null;
    const response = await send(ctx.app, cell.key, request, cell.caller.headers(world));
    if (cell.route.settle && response.status < 400) await cell.route.settle(builder, world);

    const problem = response.status >= 400 ? (response.body as Problem) : null;
    // One assertion per cell: on failure the diff names the route, the caller and the problem.
    expect({ status: response.status, code: problem?.code ?? null }).toEqual({
      status: cell.answer.status,
      code: cell.answer.code ?? (cell.answer.status >= 400 ? expect.any(String) : null),
    });
    if (problem) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    if (before) expect(await worldChecksum(world)).toEqual(before);
  });
});
