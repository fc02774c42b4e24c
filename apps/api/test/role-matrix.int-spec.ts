import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Problem } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { createTestApp } from './support/create-test-app';
import { CALLER_KINDS, expectedStatus, type CallerKind } from './support/matrix/callers';
import { ROUTES, freshValues, type AccessRule, type RouteSpec } from './support/matrix/route-table';
import { documentedOperations, documentedStatuses, send, tableCoverage } from './support/matrix/send';
import { tenantChecksum } from './support/matrix/tenant-checksum';
import { WorldBuilder, type World } from './support/matrix/world';

/** The problem code that goes with an error answer, so a 404 of a mistyped path cannot pass for a hidden workspace. */
function expectedCode(status: number, rule: AccessRule): string | null {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404 && rule.kind === 'workspace') return 'WORKSPACE_NOT_FOUND';
  if (status === 404 && rule.kind === 'journey') return 'JOURNEY_NOT_FOUND';
  return null;
}

interface Cell {
  key: string;
  route: RouteSpec;
  caller: CallerKind;
  status: number;
}

const CELLS: Cell[] = Object.entries(ROUTES).flatMap(([key, route]) =>
  CALLER_KINDS.map((caller) => ({ key, route, caller, status: expectedStatus(route, caller) })),
);

describe('role matrix: every route × every kind of caller', () => {
  let app: NestExpressApplication;
  let builder: WorldBuilder;
  let shared: World;

  beforeAll(async () => {
    app = await createTestApp();
    builder = new WorldBuilder(app);
    shared = await builder.world();
  });

  /** The rows of the world's workspace and of everyone in the world (sessions included). */
  const worldChecksum = (world: World): Promise<Record<string, string>> => {
    const { members, coOwner, target, ids } = world.workspace;
    const users = [...Object.values(members), coOwner, target, world.outsider].map((account) => account.userId);
    return tenantChecksum(app.get(DataSource), ids.workspace, users);
  };

  afterAll(async () => {
    await app.close();
  });

  it('has a table entry for every operation of the OpenAPI document, and none for a route that is gone', async () => {
    expect(tableCoverage(await documentedOperations(app))).toEqual({ missingFromTable: [], notInDocument: [] });
  });

  it('documents in the OpenAPI document every status the matrix expects of a route', async () => {
    const documented = await documentedStatuses(app);
    const undocumented = CELLS.filter((cell) => !(documented[cell.key] ?? []).includes(cell.status)).map(
      (cell) => `${cell.key} as ${cell.caller.name} → ${cell.status}`,
    );
    expect(undocumented).toEqual([]);
  });

  it.each(CELLS.map((cell) => [`${cell.key} as ${cell.caller.name} → ${cell.status}`, cell] as const))('%s', async (_name, cell) => {
    // A call that destroys its target gets a world of its own; a refused one must change nothing, so it
    // runs on the shared world, whose rows are compared before and after.
    const destroys = cell.route.destroys !== undefined && cell.status < 400;
    const world = destroys ? await builder.world() : shared;
    const caller = cell.caller.account(world);
    const fresh = freshValues();
    const prepared = cell.route.prepare ? await cell.route.prepare(builder, { world, caller, fresh }) : {};
    const request = cell.route.request({ ids: world.workspace.ids, world, caller, fresh, prepared });
    const watched = cell.route.destroys !== undefined && !destroys;
    const before = watched ? await worldChecksum(world) : null;
    const response = await send(app, cell.key, request, cell.caller.headers(world));

    const problem = response.status >= 400 ? (response.body as Problem) : null;
    // One assertion per cell: on failure the diff names the route, the caller and the problem.
    expect({ status: response.status, code: problem?.code ?? null }).toEqual({
      status: cell.status,
      code: expectedCode(cell.status, cell.route.access) ?? (cell.status >= 400 ? expect.any(String) : null),
    });
    if (problem) expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    if (before) expect(await worldChecksum(world)).toEqual(before);
  });
});
