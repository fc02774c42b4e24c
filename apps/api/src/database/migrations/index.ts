import { CreateWorkspaceAndJourneyTables1795432968314 } from './1795432968314-create-workspace-and-journey-tables';

/** Every migration, oldest first. Append; never edit one that has landed. */
export const MIGRATIONS = [CreateWorkspaceAndJourneyTables1795432968314];
