import type { DataSource } from 'typeorm';

/** Tables that hold neither tenant nor user rows (TypeORM's migration log). */
const GLOBAL_TABLES = new Set(['migrations']);

/**
 * login_rate_limits has neither column: it holds the login throttle's counters, keyed
 * `email:<sha256 of the email>` (one per person who failed to sign in) and `ip:<address>` (one per
 * client address). The email counters are a user's rows and are covered, found by hashing the
 * users' emails in SQL as the throttle does. The address counters are left out on purpose: they
 * belong to no workspace or user (every test signs in from the same loopback address), so no
 * tenant's checksum can hold them, and a call cannot reach another tenant through them.
 */
const LOGIN_RATE_LIMITS_OF_USERS = `t.key = ANY (SELECT 'email:' || encode(sha256(convert_to(u.email, 'UTF8')), 'hex')
                                                  FROM users u WHERE u.id = ANY($1::uuid[]))`;

/**
 * Per table, the number and an md5 of a workspace's rows, and of its users' rows, computed in SQL
 * (each row as text, in text order). The table list comes from information_schema, so a new table
 * is covered the day it lands: by `workspace_id` if it has one, else by `user_id`; a table with
 * neither must be added to GLOBAL_TABLES (or given a scope of its own, see login_rate_limits) on
 * purpose, or this throws.
 */
export async function tenantChecksum(db: DataSource, workspaceId: string, userIds: readonly string[]): Promise<Record<string, string>> {
  const columns = (await db.query(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`,
  )) as { table_name: string; column_name: string }[];
  const tables = new Map<string, Set<string>>();
  for (const { table_name, column_name } of columns) {
    tables.set(table_name, (tables.get(table_name) ?? new Set()).add(column_name));
  }

  const sums: Record<string, string> = {};
  for (const [table, names] of [...tables].sort(([x], [y]) => x.localeCompare(y))) {
    const scope = scopeOf(table, names);
    if (scope === null) {
      if (GLOBAL_TABLES.has(table)) continue;
      throw new Error(`table ${table} has no workspace_id or user_id: say how the isolation checksum covers it (tenant-checksum.ts)`);
    }
    const [row] = (await db.query(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum
         FROM "${table}" t WHERE ${scope.where}`,
      [scope.of === 'workspace' ? workspaceId : userIds],
    )) as { n: number; sum: string }[];
    sums[table] = `${row?.n ?? 0} rows ${row?.sum ?? ''}`;
  }
  return sums;
}

interface Scope {
  where: string;
  /** What $1 is: the workspace id, or the array of its users' ids. */
  of: 'workspace' | 'users';
}

/** How to select the workspace's rows, or its users' rows, of a table; null when neither applies. */
function scopeOf(table: string, columns: Set<string>): Scope | null {
  if (table === 'workspaces') return { where: 't.id = $1', of: 'workspace' };
  if (table === 'users') return { where: 't.id = ANY($1::uuid[])', of: 'users' };
  if (table === 'login_rate_limits') return { where: LOGIN_RATE_LIMITS_OF_USERS, of: 'users' };
  if (columns.has('workspace_id')) return { where: 't.workspace_id = $1', of: 'workspace' };
  if (columns.has('user_id')) return { where: 't.user_id = ANY($1::uuid[])', of: 'users' };
  return null;
}

export interface Tenant {
  workspaceId: string;
  userIds: readonly string[];
}

/**
 * `tenantChecksum` of several tenants in one query (one round trip instead of two per table): for
 * suites that take a checksum around every request, like the fuzzer. Same scopes, same coverage.
 */
export async function tenantsChecksum(db: DataSource, tenants: readonly Tenant[]): Promise<Record<string, string>[]> {
  const columns = (await db.query(
    `SELECT c.table_name, c.column_name
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`,
  )) as { table_name: string; column_name: string }[];
  const tables = new Map<string, Set<string>>();
  for (const { table_name, column_name } of columns) tables.set(table_name, (tables.get(table_name) ?? new Set()).add(column_name));

  const parts: string[] = [];
  const params: unknown[] = [];
  tenants.forEach((tenant, i) => {
    params.push(tenant.workspaceId, tenant.userIds);
    const [workspaceParam, usersParam] = [`$${params.length - 1}`, `$${params.length}`];
    for (const [table, names] of tables) {
      const scope = scopeOf(table, names);
      if (scope === null) {
        if (GLOBAL_TABLES.has(table)) continue;
        throw new Error(`table ${table} has no workspace_id or user_id: say how the isolation checksum covers it (tenant-checksum.ts)`);
      }
      const where = scope.where.replace(/\$1\b/g, scope.of === 'workspace' ? `${workspaceParam}::uuid` : usersParam);
      parts.push(
        `SELECT ${i} AS tenant, '${table}' AS name, count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum
           FROM "${table}" t WHERE ${where}`,
      );
    }
  });
  const rows = (await db.query(parts.join('\nUNION ALL\n'), params)) as { tenant: number; name: string; n: number; sum: string }[];
  const sums = tenants.map((): Record<string, string> => ({}));
  for (const row of rows.sort((x, y) => x.name.localeCompare(y.name))) {
    const target = sums[row.tenant];
    if (target) target[row.name] = `${row.n} rows ${row.sum}`;
  }
  return sums;
}
