import type { EntityManager } from 'typeorm';
import { execute } from './sql';

/**
 * Inside a transaction, before counting a journey's rows against one of its caps: locks the journey
 * row (NO KEY UPDATE, so foreign keys into it, which take KEY SHARE, still pass) so two writes at once
 * cannot both pass the count. Held until the transaction ends.
 */
export async function lockJourneyForCount(manager: EntityManager, workspaceId: string, journeyId: string): Promise<void> {
  await execute(manager, `SELECT 1 FROM journeys WHERE workspace_id = $1 AND id = $2 FOR NO KEY UPDATE`, [workspaceId, journeyId]);
}
