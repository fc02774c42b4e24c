import { NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { AppError } from './app-error';
import { toAppError } from './problem-exception.filter';

function queryFailed(code: string): QueryFailedError {
  return new QueryFailedError('INSERT …', [], Object.assign(new Error('duplicate key'), { code }));
}

describe('toAppError', () => {
  it('keeps domain errors', () => {
    const error = new AppError('SELF_LINK');
    expect(toAppError(error)).toBe(error);
  });

  it('maps framework exceptions by status', () => {
    expect(toAppError(new NotFoundException()).code).toBe('ROUTE_NOT_FOUND');
    expect(toAppError(new PayloadTooLargeException()).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('turns database rule violations into 4xx codes', () => {
    expect(toAppError(queryFailed('23505')).code).toBe('ID_TAKEN');
    expect(toAppError(queryFailed('23503')).code).toBe('CONSTRAINT_VIOLATION');
    expect(toAppError(queryFailed('22P02')).code).toBe('BAD_REQUEST');
    expect(toAppError(queryFailed('22021')).code).toBe('BAD_REQUEST');
    expect(toAppError(queryFailed('22P05')).code).toBe('BAD_REQUEST');
  });

  it('turns an unreachable database into a 503 code, not INTERNAL', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(toAppError(refused).code).toBe('DATABASE_UNAVAILABLE');
    expect(toAppError(new AggregateError([refused], 'connect failed')).code).toBe('DATABASE_UNAVAILABLE');
    expect(toAppError(queryFailed('57P01')).code).toBe('DATABASE_UNAVAILABLE');
    expect(toAppError(queryFailed('08006')).code).toBe('DATABASE_UNAVAILABLE');
    expect(toAppError(new QueryFailedError('SELECT 1', [], new Error('Connection terminated unexpectedly'))).code).toBe('DATABASE_UNAVAILABLE');
    expect(toAppError(new Error('timeout exceeded when trying to connect')).code).toBe('DATABASE_UNAVAILABLE');
    expect(toAppError(queryFailed('42P01')).code).toBe('INTERNAL');
  });

  it('hides anything else behind INTERNAL without its message', () => {
    const error = toAppError(new Error('connection string postgres://secret'));
    expect(error.code).toBe('INTERNAL');
    expect(error.details).toEqual({});
  });
});
