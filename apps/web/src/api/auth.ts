import type { AuthOptionsResponse, LoginRequest, MeResponse, SignupRequest } from '@cxmap/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './client';

export function fetchMe(signal?: AbortSignal): Promise<MeResponse> {
  return apiFetch<MeResponse>('/auth/me', { signal });
}

export function fetchAuthOptions(signal?: AbortSignal): Promise<AuthOptionsResponse> {
  return apiFetch<AuthOptionsResponse>('/auth/options', { signal });
}

export function login(body: LoginRequest): Promise<MeResponse> {
  return apiFetch<MeResponse>('/auth/login', { method: 'POST', body });
}

export function signup(body: SignupRequest): Promise<MeResponse> {
  return apiFetch<MeResponse>('/auth/signup', { method: 'POST', body });
}

export function logout(): Promise<void> {
  return apiFetch<void>('/auth/logout', { method: 'POST' });
}

export const authKeys = {
  all: ['auth'] as const,
  me: () => ['auth', 'me'] as const,
  options: () => ['auth', 'options'] as const,
};

export const authQueries = {
  /** The signed-in user and their workspaces; fails with ApiError 401 when nobody is signed in. */
  me: () =>
    queryOptions({
      queryKey: authKeys.me(),
      queryFn: ({ signal }) => fetchMe(signal),
      staleTime: 5 * 60_000,
    }),
  options: () =>
    queryOptions({
      queryKey: authKeys.options(),
      queryFn: ({ signal }) => fetchAuthOptions(signal),
      staleTime: Infinity,
    }),
};
