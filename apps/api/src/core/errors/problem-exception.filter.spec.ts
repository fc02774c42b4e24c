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

  it('hides anything else behind INTERNAL without its message', () => {
    const error = toAppError(new Error('connection string postgres://secret'));
    expect(error.code).toBe('INTERNAL');
    expect(error.details).toEqual({});
  });
});
