import { describeDatabaseUrl } from './database-info';

describe('describeDatabaseUrl', () => {
  it('shows host, port and database without credentials', () => {
    const text = describeDatabaseUrl('postgres://admin:s3cret@db.internal:6543/cxmap?sslmode=require');
    expect(text).toBe('db.internal:6543/cxmap');
    expect(text).not.toContain('s3cret');
  });

  it('defaults the port', () => {
    expect(describeDatabaseUrl('postgresql://postgres@127.0.0.1/cx')).toBe('127.0.0.1:5432/cx');
  });
});
