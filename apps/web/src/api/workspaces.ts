import type {
  CreateInvitationRequest,
  CreatedInvitationResponse,
  CreateWorkspaceRequest,
  InvitationDto,
  MemberDto,
  Role,
  UpdateWorkspaceRequest,
  WorkspaceMembershipDto,
} from '@cxmap/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './client';

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

export function listMembers(workspaceId: string, signal?: AbortSignal): Promise<MemberDto[]> {
  return apiFetch<MemberDto[]>(`${base(workspaceId)}/members`, { signal });
}

export function changeMemberRole(workspaceId: string, userId: string, role: Role): Promise<MemberDto> {
  return apiFetch<MemberDto>(`${base(workspaceId)}/members/${encodeURIComponent(userId)}`, { method: 'PATCH', body: { role } });
}

/** Removes a member; with the caller's own id, leaves the workspace. */
export function removeMember(workspaceId: string, userId: string): Promise<void> {
  return apiFetch<void>(`${base(workspaceId)}/members/${encodeURIComponent(userId)}`, { method: 'DELETE' });
}

export function listInvitations(workspaceId: string, signal?: AbortSignal): Promise<InvitationDto[]> {
  return apiFetch<InvitationDto[]>(`${base(workspaceId)}/invitations`, { signal });
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
    queryOptions({
      queryKey: workspaceKeys.members(workspaceId),
      queryFn: ({ signal }) => listMembers(workspaceId, signal),
    }),
  /** Pending invitations; owners only (403 for other roles). */
  invitations: (workspaceId: string) =>
    queryOptions({
      queryKey: workspaceKeys.invitations(workspaceId),
      queryFn: ({ signal }) => listInvitations(workspaceId, signal),
    }),
};
