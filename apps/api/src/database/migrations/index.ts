import { CreateWorkspaceAndJourneyTables1795432968314 } from './1795432968314-create-workspace-and-journey-tables';
import { CreateInvitations1795600000000 } from './1795600000000-create-invitations';
import { CreateShareLinks1795700000000 } from './1795700000000-create-share-links';
import { CreateApiKeys1795710000000 } from './1795710000000-create-api-keys';
import { CreateAuditEvents1795720000000 } from './1795720000000-create-audit-events';
import { CreateLoginRateLimits1795730000000 } from './1795730000000-create-login-rate-limits';
import { CreateMetrics1795740000000 } from './1795740000000-create-metrics';
import { IndexAuditEventsByApiKey1795745000000 } from './1795745000000-index-audit-events-by-api-key';
import { CreateAnnotations1795750000000 } from './1795750000000-create-annotations';
import { CreateExportJobs1795760000000 } from './1795760000000-create-export-jobs';
import { VersionMetricDefinitions1795770000000 } from './1795770000000-version-metric-definitions';
import { KeyTenantTablesByWorkspace1795780000000 } from './1795780000000-key-tenant-tables-by-workspace';
import { StoreAuditChangesAsJson1795790000000 } from './1795790000000-store-audit-changes-as-json';

/** Every migration, oldest first. Append; never edit one that has landed. */
export const MIGRATIONS = [
  CreateWorkspaceAndJourneyTables1795432968314,
  CreateInvitations1795600000000,
  CreateShareLinks1795700000000,
  CreateApiKeys1795710000000,
  CreateAuditEvents1795720000000,
  CreateLoginRateLimits1795730000000,
  CreateMetrics1795740000000,
  IndexAuditEventsByApiKey1795745000000,
  CreateAnnotations1795750000000,
  CreateExportJobs1795760000000,
  VersionMetricDefinitions1795770000000,
  KeyTenantTablesByWorkspace1795780000000,
  StoreAuditChangesAsJson1795790000000,
];
