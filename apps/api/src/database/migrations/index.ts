import { CreateWorkspaceAndJourneyTables1795432968314 } from './1795432968314-create-workspace-and-journey-tables';
import { CreateInvitations1795600000000 } from './1795600000000-create-invitations';
import { CreateLoginRateLimits1795730000000 } from './1795730000000-create-login-rate-limits';

/** Every migration, oldest first. Append; never edit one that has landed. */
export const MIGRATIONS = [CreateWorkspaceAndJourneyTables1795432968314, CreateInvitations1795600000000, CreateLoginRateLimits1795730000000];
