import { useState } from 'react';
import { Navigate } from 'react-router';
import { NewWorkspaceModal } from '../features/workspaces/new-workspace-modal';
import { FullPageMessage } from '../ui/full-page-state';
import { useMe } from './me-context';

/** `/` opens the first workspace of the user; without one, offers to create one. */
export function HomeRedirect() {
  const { workspaces } = useMe();
  const [creating, setCreating] = useState(false);
  const first = workspaces[0];
  if (!first) {
    return (
      <>
        <FullPageMessage
          title="No workspace yet"
          message="Your account is not a member of any workspace. Create one, or ask a workspace owner to invite you."
          actionLabel="Create a workspace"
          onAction={() => setCreating(true)}
        />
        <NewWorkspaceModal opened={creating} onClose={() => setCreating(false)} />
      </>
    );
  }
  return <Navigate to={`/w/${first.id}`} replace />;
}
