import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';
import { authKeys } from '../api/auth';

const MAX_RETRIES = 2;

/** Retries network failures and server errors, never a 4xx answer: asking again will not help. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onSessionLost(error, query.queryKey) }),
    mutationCache: new MutationCache({ onError: (error) => onSessionLost(error, []) }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });

  /** A 401 anywhere but on the auth queries means the session ended: re-check it, so the gate sends the user to log in. */
  function onSessionLost(error: unknown, queryKey: readonly unknown[]): void {
    if (!(error instanceof ApiError) || error.status !== 401 || queryKey[0] === authKeys.all[0]) return;
    void client.invalidateQueries({ queryKey: authKeys.me() });
  }

  return client;
}
