import { Outlet, useParams } from 'react-router';
import { NotFound } from '../ui/not-found';
import { useMe } from './me-context';

/** Renders the workspace's pages only for its members; any other id is a 404, like a missing one. */
export function WorkspaceGuard() {
  const { workspaceId } = useParams();
  const { workspaces } = useMe();
  if (!workspaces.some((workspace) => workspace.id === workspaceId)) {
    return <NotFound title="Workspace not found" message="It does not exist, or you are not a member of it." />;
  }
  return <Outlet />;
}
