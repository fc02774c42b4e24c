import { CreateWorkspaceAndJourneyTables1795432968314 } from './1795432968314-create-workspace-and-journey-tables';
import { CreateInvitations1795600000000 } from './1795600000000-create-invitations';
import { CreateAuditEvents1795720000000 } from './1795720000000-create-audit-events';

/** Every migration, oldest first. Append; never edit one that has landed. */
export const MIGRATIONS = [CreateWorkspaceAndJourneyTables1795432968314, CreateInvitations1795600000000, CreateAuditEvents1795720000000];
