import type { EntityManager } from 'typeorm';

export interface SqlResult<T> {
  rows: T[];
  affected: number;
}

/**
 * Runs SQL on the transaction's own connection and returns rows and the affected count
 * (TypeORM's `manager.query` changes its result shape for UPDATE/DELETE).
 */
export async function execute<T>(manager: EntityManager, sql: string, params: unknown[] = []): Promise<SqlResult<T>> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('execute() needs the EntityManager of a transaction');
  const result = await runner.query(sql, params, true);
  return { rows: result.records as T[], affected: result.affected ?? 0 };
}

/** A SELECT through any manager (transactional or not). */
export async function select<T>(manager: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return (await manager.query(sql, params)) as T[];
}
