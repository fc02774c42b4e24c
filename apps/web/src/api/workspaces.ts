import type {
  CreateInvitationRequest,
  CreatedInvitationResponse,
  CreateWorkspaceRequest,
  InvitationDto,
  MemberDto,
  Page,
  Role,
  UpdateWorkspaceRequest,
  WorkspaceMembershipDto,
} from '@cxmap/domain';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiFetch } from './client';
import { pagedListOptions, withCursor } from './pages';

const base = (workspaceId: string): string => `/workspaces/${encodeURIComponent(workspaceId)}`;

export function createWorkspace(body: CreateWorkspaceRequest): Promise<WorkspaceMembershipDto> {
  return apiFetch<WorkspaceMembershipDto>('/workspaces', { method: 'POST', body });
}

export function renameWorkspace(workspaceId: string, body: UpdateWorkspaceRequest): Promise<WorkspaceMembershipDto> {
  return apiFetch<WorkspaceMembershipDto>(base(workspaceId), { method: 'PATCH', body });
}

export function deleteWorkspace(workspaceId: string): Promise<void> {
  return apiFetch<void>(base(workspaceId), { method: 'DELETE' });
}

/** One page of members, owners first, then by name. */
export function listMembers(workspaceId: string, cursor: string | null, signal?: AbortSignal): Promise<Page<MemberDto>> {
  return apiFetch<Page<MemberDto>>(withCursor(`${base(workspaceId)}/members`, cursor), { signal });
}

export function changeMemberRole(workspaceId: string, userId: string, role: Role): Promise<MemberDto> {
  return apiFetch<MemberDto>(`${base(workspaceId)}/members/${encodeURIComponent(userId)}`, { method: 'PATCH', body: { role } });
}

/** Removes a member; with the caller's own id, leaves the workspace. */
export function removeMember(workspaceId: string, userId: string): Promise<void> {
  return apiFetch<void>(`${base(workspaceId)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' });
}

/** One page of pending invitations, newest first. */
export function listInvitations(workspaceId: string, cursor: string | null, signal?: AbortSignal): Promise<Page<InvitationDto>> {
  return apiFetch<Page<InvitationDto>>(withCursor(`${base(workspaceId)}/invitations`, cursor), { signal });
}

export function createInvitation(workspaceId: string, body: CreateInvitationRequest): Promise<CreatedInvitationResponse> {
  return apiFetch<CreatedInvitationResponse>(`${base(workspaceId)}/invitations`, { method: 'POST', body });
}

export function revokeInvitation(workspaceId: string, invitationId: string): Promise<void> {
  return apiFetch<void>(`${base(workspaceId)}/invitations/${encodeURIComponent(invitationId)}`, { method: 'DELETE' });
}

export const workspaceKeys = {
  all: ['workspaces'] as const,
  members: (workspaceId: string) => ['workspaces', workspaceId, 'members'] as const,
  invitations: (workspaceId: string) => ['workspaces', workspaceId, 'invitations'] as const,
};

export const workspaceQueries = {
  members: (workspaceId: string) =>
    infiniteQueryOptions({
      queryKey: workspaceKeys.members(workspaceId),
      queryFn: ({ signal, pageParam }) => listMembers(workspaceId, pageParam, signal),
      ...pagedListOptions,
    }),
  /** Pending invitations; owners only (403 for other roles). */
  invitations: (workspaceId: string) =>
    infiniteQueryOptions({
      queryKey: workspaceKeys.invitations(workspaceId),
      queryFn: ({ signal, pageParam }) => listInvitations(workspaceId, pageParam, signal),
      ...pagedListOptions,
    }),
};
