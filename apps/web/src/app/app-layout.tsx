import { roleAllows } from '@cxmap/domain';
import { AppShell } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Outlet, useNavigate, useParams } from 'react-router';
import { logout } from '../api/auth';
import { describeError } from '../api/problem';
import { reviewQueries } from '../api/review';
import { NewWorkspaceModal } from '../features/workspaces/new-workspace-modal';
import { AppHeader } from '../ui/app-header';
import { useMe } from './me-context';

export const HEADER_HEIGHT = 56;

/** The signed-in frame: header (wordmark, workspace, account) above the page. */
export function AppLayout() {
  const me = useMe();
  const { workspaceId } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const current = me.workspaces.find((workspace) => workspace.id === workspaceId) ?? null;
  const [creatingWorkspace, setCreatingWorkspace] = useState(false);
  // The header's count of what needs review; every member may read the queue (journey:read).
  const review = useQuery({ ...reviewQueries.workspace(current?.id ?? ''), enabled: current !== null, staleTime: 60_000 });
  const reviewCount = review.data ? review.data.overdueTouchpoints.total + review.data.unownedCriticalPainPoints.total : null;

  const logoutMutation = useMutation({
    mutationFn: logout,
    onSuccess: async () => {
      await navigate('/login', { replace: true });
      queryClient.clear();
    },
    onError: (error) => {
      notifications.show({ color: 'red', title: 'Could not log out', message: describeError(error) });
    },
  });

  return (
    <AppShell header={{ height: HEADER_HEIGHT }} padding={0}>
      <AppShell.Header>
        <AppHeader
          user={me.user}
          workspaces={me.workspaces}
          currentWorkspace={current}
          homeHref={current ? `/w/${current.id}` : '/'}
          settingsHref={current ? `/w/${current.id}/settings` : null}
          portfolioHref={current && roleAllows(current.role, 'journey:read') ? `/w/${current.id}/portfolio` : null}
          activityHref={current && roleAllows(current.role, 'audit:read') ? `/w/${current.id}/activity` : null}
          needsReview={current ? { href: `/w/${current.id}/needs-review`, count: reviewCount } : null}
          onSelectWorkspace={(id) => void navigate(`/w/${id}`)}
          onCreateWorkspace={() => setCreatingWorkspace(true)}
          onLogout={() => logoutMutation.mutate()}
        />
      </AppShell.Header>
      <AppShell.Main bg="gray.0">
        <Outlet />
      </AppShell.Main>
      <NewWorkspaceModal opened={creatingWorkspace} onClose={() => setCreatingWorkspace(false)} />
    </AppShell>
  );
}
