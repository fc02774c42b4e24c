/**
 * The role table lives in @cxmap/domain so that the web app hides exactly what the API refuses;
 * the API reads it from here. Every service method checks one of these permissions first
 * (WorkspaceAccessService), never a role name.
 */
export { PERMISSIONS, ROLE_PERMISSIONS, roleAllows, type Permission } from '@cxmap/domain';
