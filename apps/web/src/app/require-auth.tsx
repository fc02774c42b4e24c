import { useQuery } from '@tanstack/react-query';
import { Navigate, Outlet, useLocation } from 'react-router';
import { authQueries } from '../api/auth';
import { describeError, isApiError } from '../api/problem';
import { FullPageLoader, FullPageMessage } from '../ui/full-page-state';
import { MeContext } from './me-context';
import { loginPathFor } from './redirect';

/** Renders its routes for a signed-in user; sends anyone else to log in, remembering the page. */
export function RequireAuth() {
  const location = useLocation();
  const me = useQuery(authQueries.me());

  // A 401 also ends a session that had loaded before (it expired, or the user logged out elsewhere).
  if (isApiError(me.error, 401)) return <Navigate to={loginPathFor(location)} replace />;
  if (me.data) {
    return (
      <MeContext value={me.data}>
        <Outlet />
      </MeContext>
    );
  }
  if (me.isPending) return <FullPageLoader label="Loading your workspace" />;
  return (
    <FullPageMessage
      title="CXMap is not available"
      message={describeError(me.error)}
      actionLabel="Try again"
      onAction={() => void me.refetch()}
    />
  );
}
