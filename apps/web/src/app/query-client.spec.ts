import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { shouldRetry } from './query-client';

const apiError = (status: number) => new ApiError(status, { type: 'about:blank', title: 'x', status });

describe('shouldRetry', () => {
  it('does not ask again after a client error such as 404 or 401', () => {
    expect(shouldRetry(0, apiError(404))).toBe(false);
    expect(shouldRetry(0, apiError(401))).toBe(false);
    expect(shouldRetry(0, apiError(400))).toBe(false);
  });

  it('retries a server error or an unreachable server twice, then gives up', () => {
    expect(shouldRetry(0, apiError(503))).toBe(true);
    expect(shouldRetry(1, apiError(0))).toBe(true);
    expect(shouldRetry(2, apiError(500))).toBe(false);
  });
});
