import { roleAllows, type Permission, type Role } from '@cxmap/domain';
import { useMe } from './me-context';

/** What the signed-in user may do in one workspace: the API's role table, read from the same place. */
export interface WorkspaceAccess {
  /** The user's role, or null when they are not a member. */
  role: Role | null;
  can: (permission: Permission) => boolean;
}

export function accessFor(role: Role | null): WorkspaceAccess {
  return { role, can: (permission) => role !== null && roleAllows(role, permission) };
}

/** The current user's access to `workspaceId`, from GET /api/auth/me (its `workspaces[].role`). */
export function useWorkspaceAccess(workspaceId: string): WorkspaceAccess {
  const { workspaces } = useMe();
  return accessFor(workspaces.find((workspace) => workspace.id === workspaceId)?.role ?? null);
}
