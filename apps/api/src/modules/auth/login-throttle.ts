import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { AppError } from '../../core/errors/app-error';

/** Created by migration 1795730000000 (the library's own schema), never at runtime. */
export const LOGIN_RATE_LIMITS_TABLE = 'login_rate_limits';

/**
 * Failed sign-ins, counted in PostgreSQL so every instance behind the load balancer sees the same
 * counters. Each attempt takes a point up front (atomically, so a burst of parallel guesses cannot
 * slip past a read-then-write check); a success gives the IP's point back and clears the email's
 * counter, so what remains counted is failures.
 */
@Injectable()
export class LoginThrottle {
  private readonly byEmail: RateLimiterPostgres;
  private readonly byIp: RateLimiterPostgres;

  constructor(dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    const store = { storeClient: unnamedStatements(dataSource), storeType: 'client', tableName: LOGIN_RATE_LIMITS_TABLE, tableCreated: true };
    const limits = config.loginThrottle;
    this.byEmail = new RateLimiterPostgres({ ...store, keyPrefix: 'email', points: limits.maxFailuresPerEmail, duration: limits.emailWindowSeconds });
    this.byIp = new RateLimiterPostgres({ ...store, keyPrefix: 'ip', points: limits.maxFailuresPerIp, duration: limits.ipWindowSeconds });
  }

  /** Counts one attempt; throws TOO_MANY_ATTEMPTS (with Retry-After) when either counter is over. */
  async attempt(email: string, ip: string): Promise<void> {
    const results = await Promise.allSettled([this.byEmail.consume(emailKey(email)), this.byIp.consume(ip)]);
    let blockedMs = 0;
    for (const result of results) {
      if (result.status === 'fulfilled') continue;
      // The library rejects with a RateLimiterRes when over the limit, with an Error when the store fails.
      if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
      blockedMs = Math.max(blockedMs, result.reason.msBeforeNext);
    }
    if (blockedMs > 0 || results.some((r) => r.status === 'rejected')) {
      const seconds = Math.max(1, Math.ceil(blockedMs / 1000));
      const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
      throw new AppError('TOO_MANY_ATTEMPTS', { retryAfterSeconds: seconds, detail: `Too many failed sign-in attempts. Try again in ${wait}.` });
    }
  }

  /** The attempt was a success: only failures count. */
  async succeeded(email: string, ip: string): Promise<void> {
    await Promise.all([this.byEmail.delete(emailKey(email)), this.byIp.reward(ip, 1)]);
  }
}

/**
 * The library's queries through TypeORM, without the statement names it gives them: the embedded
 * database (PGlite) shares one session between pooled connections, where a named prepared statement
 * exists once for all of them and a second `PREPARE` of it fails ("already exists").
 */
function unnamedStatements(dataSource: DataSource): { query(q: { text: string; values?: unknown[] }): Promise<{ rows: unknown[]; rowCount: number }> } {
  return {
    async query({ text, values }) {
      const runner = dataSource.createQueryRunner();
      try {
        const result = await runner.query(text, values, true);
        const rows = result.records as unknown[];
        return { rows, rowCount: typeof result.affected === 'number' ? result.affected : rows.length };
      } finally {
        await runner.release();
      }
    },
  };
}

/** Emails can be longer than the key column, and need not sit in the table in clear. */
function emailKey(email: string): string {
  return createHash('sha256').update(email).digest('hex');
}
