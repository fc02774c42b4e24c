import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { REPLICA_RETRY_MS, ReadReplica } from './read-replica';

/** A stand-in DataSource: `query` answers its name, or throws what it was told to. */
function fakeSource(name: string): DataSource & { failWith: unknown } {
  const source = {
    failWith: undefined as unknown,
    query: async (): Promise<string> => {
      if (source.failWith !== undefined) throw source.failWith;
      return name;
    },
  };
  return source as unknown as DataSource & { failWith: unknown };
}

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
const terminated = new Error('Connection terminated unexpectedly');
const permissionDenied = Object.assign(new Error('permission denied for table journeys'), { code: '42501' });
const badPassword = Object.assign(new Error('password authentication failed for user "reader"'), { code: '28P01' });

describe('ReadReplica', () => {
  let clock: number;
  let primary: DataSource & { failWith: unknown };
  let replica: DataSource & { failWith: unknown };
  let connectFails: unknown;
  let connects: number;
  let fallbacks: number;
  const whichSource = (source: DataSource): Promise<string> => source.query('SELECT 1') as Promise<string>;

  const build = (configured = true): ReadReplica => {
    const reads = new ReadReplica(
      primary,
      configured
        ? async () => {
            connects += 1;
            if (connectFails !== undefined) throw connectFails;
            return replica;
          }
        : null,
      () => clock,
    );
    reads.onFallback(() => (fallbacks += 1));
    return reads;
  };

  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'warn', 'error']));

  beforeEach(() => {
    clock = 1_000_000;
    primary = fakeSource('primary');
    replica = fakeSource('replica');
    connectFails = undefined;
    connects = 0;
    fallbacks = 0;
  });

  it('reads on the primary when no replica is configured, and says so', async () => {
    const reads = build(false);
    await reads.start();
    expect([await reads.read(whichSource), await reads.state(100), reads.configured, fallbacks]).toEqual(['primary', 'not configured', false, 0]);
  });

  it('reads on the replica while it answers', async () => {
    const reads = build();
    await reads.start();
    expect([await reads.read(whichSource), await reads.read(whichSource), await reads.state(100), connects, fallbacks]).toEqual([
      'replica',
      'replica',
      'up',
      1,
      0,
    ]);
  });

  it('starts with a replica that refuses connections, reads on the primary and counts each fallback', async () => {
    connectFails = refused;
    const reads = build();
    await reads.start();
    expect(await reads.read(whichSource)).toBe('primary');
    // Within the retry window the replica is not tried again.
    expect([connects, fallbacks]).toEqual([1, 1]);
    clock += REPLICA_RETRY_MS + 1;
    expect(await reads.read(whichSource)).toBe('primary');
    expect([connects, fallbacks]).toEqual([2, 2]);
    clock += REPLICA_RETRY_MS + 1;
    connectFails = undefined;
    expect([await reads.read(whichSource), connects, fallbacks]).toEqual(['replica', 3, 2]);
  });

  it('reruns a read on the primary when the replica connection is terminated mid-query', async () => {
    const reads = build();
    await reads.start();
    replica.failWith = terminated;
    expect([await reads.read(whichSource), fallbacks]).toEqual(['primary', 1]);
    replica.failWith = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    clock += REPLICA_RETRY_MS + 1;
    expect([await reads.read(whichSource), fallbacks]).toEqual(['primary', 2]);
  });

  it('throws an error of the query itself without trying the primary', async () => {
    const reads = build();
    await reads.start();
    replica.failWith = permissionDenied;
    await expect(reads.read(whichSource)).rejects.toBe(permissionDenied);
    expect(fallbacks).toBe(0);
  });

  it('refuses to start when the replica rejects the configuration (not an outage)', async () => {
    connectFails = badPassword;
    await expect(build().start()).rejects.toBe(badPassword);
  });

  it('readiness reports a down replica, and one back up is read from at once', async () => {
    connectFails = refused;
    const reads = build();
    await reads.start();
    expect(await reads.state(100)).toBe('down');
    connectFails = undefined;
    expect(await reads.state(100)).toBe('up');
    expect([await reads.read(whichSource), fallbacks]).toEqual(['replica', 0]);
  });

  it('readiness reports a replica that does not answer in time as down', async () => {
    const reads = build();
    await reads.start();
    replica.query = (() => new Promise(() => undefined)) as DataSource['query'];
    expect(await reads.state(20)).toBe('down');
    expect(await reads.read(whichSource)).toBe('primary');
  });
});
