import { Navigate } from 'react-router';
import { FullPageMessage } from '../ui/full-page-state';
import { useMe } from './me-context';

/** `/` opens the first workspace of the user. */
export function HomeRedirect() {
  const { workspaces } = useMe();
  const first = workspaces[0];
  if (!first) {
    return (
      <FullPageMessage
        title="No workspace yet"
        message="Your account is not a member of any workspace. Ask a workspace owner to invite you."
      />
    );
  }
  return <Navigate to={`/w/${first.id}`} replace />;
}
