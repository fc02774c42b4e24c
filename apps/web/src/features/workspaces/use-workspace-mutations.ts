import type { MeResponse, MemberDto, Role, WorkspaceMembershipDto } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authKeys } from '../../api/auth';
import { updateLoadedItems, type PagedList } from '../../api/pages';
import { describeError } from '../../api/problem';
import { journeyKeys } from '../../api/journeys';
import {
  changeMemberRole,
  createInvitation,
  createWorkspace,
  deleteWorkspace,
  removeMember,
  renameWorkspace,
  revokeInvitation,
  workspaceKeys,
} from '../../api/workspaces';

/** Puts a workspace into the cached /me (added or renamed), so the header follows at once. */
function upsertWorkspace(me: MeResponse | undefined, workspace: WorkspaceMembershipDto): MeResponse | undefined {
  if (!me) return me;
  const exists = me.workspaces.some((w) => w.id === workspace.id);
  return {
    ...me,
    workspaces: exists ? me.workspaces.map((w) => (w.id === workspace.id ? workspace : w)) : [...me.workspaces, workspace],
  };
}

function withoutWorkspace(me: MeResponse | undefined, workspaceId: string): MeResponse | undefined {
  return me && { ...me, workspaces: me.workspaces.filter((w) => w.id !== workspaceId) };
}

export function useCreateWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => createWorkspace({ name }),
    onSuccess: (workspace) => {
      queryClient.setQueryData<MeResponse>(authKeys.me(), (me) => upsertWorkspace(me, workspace));
      return queryClient.invalidateQueries({ queryKey: authKeys.me() });
    },
  });
}

export function useRenameWorkspace(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => renameWorkspace(workspaceId, { name }),
    onSuccess: (workspace) => {
      queryClient.setQueryData<MeResponse>(authKeys.me(), (me) => upsertWorkspace(me, workspace));
      return queryClient.invalidateQueries({ queryKey: authKeys.me() });
    },
  });
}

/**
 * Deleting the workspace or leaving it: either way it disappears from /me, its cached data goes, and
 * `onGone` (which navigates away) runs in the same tick, so its pages never render without it.
 */
function useDropWorkspace(workspaceId: string, action: () => Promise<void>, failure: string, onGone: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: () => {
      queryClient.setQueryData<MeResponse>(authKeys.me(), (me) => withoutWorkspace(me, workspaceId));
      onGone();
      queryClient.removeQueries({ queryKey: journeyKeys.list(workspaceId) });
      queryClient.removeQueries({ queryKey: ['workspaces', workspaceId] });
      void queryClient.invalidateQueries({ queryKey: authKeys.me() });
    },
    onError: (error) => notifications.show({ color: 'red', title: failure, message: describeError(error) }),
  });
}

export function useDeleteWorkspace(workspaceId: string, onGone: () => void) {
  return useDropWorkspace(workspaceId, () => deleteWorkspace(workspaceId), 'The workspace was not deleted', onGone);
}

export function useLeaveWorkspace(workspaceId: string, userId: string, onGone: () => void) {
  return useDropWorkspace(workspaceId, () => removeMember(workspaceId, userId), 'You did not leave the workspace', onGone);
}

/** Changes a role at once in the table; puts it back and says why (e.g. the last owner) if refused. */
export function useChangeRole(workspaceId: string, ownUserId: string) {
  const queryClient = useQueryClient();
  const key = workspaceKeys.members(workspaceId);
  return useMutation<MemberDto, Error, { userId: string; role: Role }, { previous: PagedList<MemberDto> | undefined }>({
    mutationFn: ({ userId, role }) => changeMemberRole(workspaceId, userId, role),
    onMutate: async ({ userId, role }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<PagedList<MemberDto>>(key);
      queryClient.setQueryData<PagedList<MemberDto>>(key, (data) =>
        updateLoadedItems(data, (list) => list.map((m) => (m.userId === userId ? { ...m, role } : m))),
      );
      return { previous };
    },
    onError: (error, _variables, context) => {
      queryClient.setQueryData(key, context?.previous);
      notifications.show({ color: 'red', title: 'The role was not changed', message: describeError(error) });
    },
    onSettled: async (_data, _error, { userId }) => {
      await queryClient.invalidateQueries({ queryKey: key });
      // One's own role shapes the whole app (controls shown or hidden): re-read it.
      if (userId === ownUserId) await queryClient.invalidateQueries({ queryKey: authKeys.me() });
    },
  });
}

export function useRemoveMember(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId }: { userId: string; name: string }) => removeMember(workspaceId, userId),
    onSuccess: (_data, { name }) => notifications.show({ color: 'gray', message: `${name} was removed from the workspace.` }),
    onError: (error, { name }) =>
      notifications.show({ color: 'red', title: `${name} was not removed`, message: describeError(error) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.members(workspaceId) }),
  });
}

export function useCreateInvitation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { email: string; role: Role }) => createInvitation(workspaceId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.invitations(workspaceId) }),
  });
}

export function useRevokeInvitation(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ invitationId }: { invitationId: string; email: string }) => revokeInvitation(workspaceId, invitationId),
    onSuccess: (_data, { email }) => notifications.show({ color: 'gray', message: `The invitation of ${email} was revoked.` }),
    onError: (error) => notifications.show({ color: 'red', title: 'The invitation was not revoked', message: describeError(error) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: workspaceKeys.invitations(workspaceId) }),
  });
}
