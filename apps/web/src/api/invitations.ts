import type { AcceptInvitationRequest, AcceptInvitationResponse, InvitationPreviewDto } from '@cxmap/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './client';

export function previewInvitation(token: string, signal?: AbortSignal): Promise<InvitationPreviewDto> {
  return apiFetch<InvitationPreviewDto>(`/invitations/${encodeURIComponent(token)}`, { signal });
}

/** Send `{}` when signed in; `{ name, password }` creates the invited account and signs it in. */
export function acceptInvitation(token: string, body: AcceptInvitationRequest): Promise<AcceptInvitationResponse> {
  return apiFetch<AcceptInvitationResponse>(`/invitations/${encodeURIComponent(token)}/accept`, { method: 'POST', body });
}

export const invitationKeys = {
  preview: (token: string) => ['invitations', token] as const,
};

export const invitationQueries = {
  /** 404 when the link is unknown, expired, used or revoked. */
  preview: (token: string) =>
    queryOptions({
      queryKey: invitationKeys.preview(token),
      queryFn: ({ signal }) => previewInvitation(token, signal),
    }),
};
