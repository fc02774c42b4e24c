import type { ChangePasswordRequest, DeleteAccountRequest, UpdateAccountRequest, UserDto } from '@cxmap/domain';
import { apiFetch } from './client';

export function updateAccount(body: UpdateAccountRequest): Promise<UserDto> {
  return apiFetch<UserDto>('/account', { method: 'PATCH', body });
}

/** Ends every other session of the user; this one stays. */
export function changePassword(body: ChangePasswordRequest): Promise<void> {
  return apiFetch<void>('/account/password', { method: 'POST', body });
}

/** Ends every session of the user, this one included. */
export function logoutEverywhere(): Promise<void> {
  return apiFetch<void>('/account/logout-everywhere', { method: 'POST' });
}

/** 409 SOLE_OWNER while the user is the only owner of a workspace. */
export function deleteAccount(body: DeleteAccountRequest): Promise<void> {
  return apiFetch<void>('/account', { method: 'DELETE', body });
}
