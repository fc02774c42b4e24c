import { Inject, Injectable } from '@nestjs/common';
import type { JourneyEventKind } from '@cxmap/domain';
import { DataSource, type EntityManager, type EntitySubscriberInterface, type QueryRunner } from 'typeorm';
import { execute } from '../../database/sql';
import { DATABASE_INFO, type DatabaseInfo } from '../../database/database-info';
import { JourneyEventBus } from './journey-event-bus';
import { JOURNEY_CHANNEL, type JourneyChange } from './journey-event';

export interface JourneyChangeNotice {
  workspaceId: string;
  journeyId: string;
  kind: JourneyEventKind;
  actorSessionId: string | null;
}

/** How changes travel between instances: NOTIFY on a server; in-process on the embedded database. */
export type JourneyEventTransport = 'notify' | 'in-process';

/** Where an embedded transaction keeps the changes it announces until it commits. */
const PENDING = 'journeyChanges';

/**
 * Announces a journey change inside the transaction that makes it, so it is delivered only if that
 * transaction commits (a refused batch, a 409, announces nothing).
 *
 * On a PostgreSQL server: `pg_notify` in the transaction; PostgreSQL delivers it at commit to every
 * instance LISTENing (see JourneyEventListener). On the embedded database (PGlite behind one shared
 * session, one process by construction) no second connection can LISTEN: the change is kept on the
 * transaction's query runner and handed to this process's bus right after COMMIT.
 */
@Injectable()
export class JourneyEventPublisher {
  readonly transport: JourneyEventTransport;

  constructor(
    @Inject(DATABASE_INFO) database: DatabaseInfo,
    dataSource: DataSource,
    bus: JourneyEventBus,
  ) {
    this.transport = database.mode === 'embedded' ? 'in-process' : 'notify';
    if (this.transport === 'in-process') dataSource.subscribers.push(afterCommit(bus));
  }

  async publish(manager: EntityManager, notice: JourneyChangeNotice): Promise<void> {
    // The revision after the change, read in the transaction (null once the journey is deleted).
    const revisionSql = `(SELECT revision FROM journeys WHERE workspace_id = $1::uuid AND id = $2::uuid)`;
    if (this.transport === 'notify') {
      await execute(
        manager,
        `SELECT pg_notify('${JOURNEY_CHANNEL}', json_build_object('workspaceId', $1::text, 'journeyId', $2::text, 'kind', $3::text,
                'actorSessionId', $4::text, 'revision', ${revisionSql})::text)`,
        [notice.workspaceId, notice.journeyId, notice.kind, notice.actorSessionId],
      );
      return;
    }
    const runner = manager.queryRunner;
    if (!runner) throw new Error('journey changes are published inside a transaction');
    const { rows } = await execute<{ revision: number | null }>(manager, `SELECT ${revisionSql} AS revision`, [notice.workspaceId, notice.journeyId]);
    const change: JourneyChange = { ...notice, revision: rows[0]?.revision ?? null };
    pendingOf(runner).push(change);
  }
}

function pendingOf(runner: QueryRunner): JourneyChange[] {
  const data = runner.data as Record<string, JourneyChange[] | undefined>;
  data[PENDING] ??= [];
  return data[PENDING];
}

/** Hands an embedded transaction's changes to the bus once it has committed; drops them when it rolls back. */
function afterCommit(bus: JourneyEventBus): EntitySubscriberInterface {
  const take = (runner: QueryRunner): JourneyChange[] => {
    const data = runner.data as Record<string, JourneyChange[] | undefined>;
    const changes = data[PENDING] ?? [];
    delete data[PENDING];
    return changes;
  };
  return {
    afterTransactionCommit: ({ queryRunner }) => {
      // A savepoint released inside a transaction is not a commit: wait for the outermost one.
      if (queryRunner.isTransactionActive) return;
      for (const change of take(queryRunner)) bus.deliver(change);
    },
    afterTransactionRollback: ({ queryRunner }) => {
      take(queryRunner);
    },
  };
}
