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

/**
 * Awaits `pending`, a statement on its way to the database, running `work` first, on the next turn
 * of the event loop: by then the statement has been sent, so JavaScript that does not need its
 * answer runs while the database works instead of after it (node-pg has written the statement to
 * its socket by then). `pending` is observed at once, so its failure during `work` is never an
 * unhandled rejection; a failure of `work` is thrown only after `pending` has settled, so the
 * transaction is not rolled back under a running statement.
 */
export async function meanwhile<T>(pending: Promise<T>, work: () => void): Promise<T> {
  const settled = pending.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  await new Promise<void>((resolve) => setImmediate(resolve));
  let failure: { error: unknown } | null = null;
  try {
    work();
  } catch (error) {
    failure = { error };
  }
  const result = await settled;
  // The statement's failure first: it says what happened to the transaction.
  if (!result.ok) throw result.error;
  if (failure) throw failure.error;
  return result.value;
}
