import { meanwhile } from './sql';

const later = <T>(ms: number, value: T): Promise<T> => new Promise((resolve) => setTimeout(() => resolve(value), ms));

describe('meanwhile', () => {
  it('runs the work before the pending statement has answered, and returns its answer', async () => {
    const order: string[] = [];
    const pending = later(20, 'rows').then((rows) => {
      order.push('answer');
      return rows;
    });
    await expect(meanwhile(pending, () => order.push('work'))).resolves.toBe('rows');
    expect(order).toEqual(['work', 'answer']);
  });

  it('handles the statement\'s failure from the start, and throws it after the work', async () => {
    const failing = Promise.reject(new Error('deadlock'));
    // Whether a handler is attached before the work runs: Node reports a rejection still unhandled
    // when the event loop turns, and the work runs one turn later. (Jest's own \`process\` has no
    // 'unhandledRejection' events to listen to, so the handler is watched directly.)
    const then = jest.spyOn(failing, 'then');
    let handledBeforeWork = false;
    await expect(
      meanwhile(failing, () => {
        handledBeforeWork = then.mock.calls.some(([, onRejected]) => typeof onRejected === 'function');
      }),
    ).rejects.toThrow('deadlock');
    expect(handledBeforeWork).toBe(true);
  });

  it('throws the statement\'s failure when the work fails too', async () => {
    const failing = later(10, null).then(() => {
      throw new Error('deadlock');
    });
    await expect(
      meanwhile(failing, () => {
        throw new Error('bad work');
      }),
    ).rejects.toThrow('deadlock');
  });

  it('throws the work\'s failure only once the statement has settled', async () => {
    let answered = false;
    const pending = later(20, 1).then((n) => {
      answered = true;
      return n;
    });
    await expect(
      meanwhile(pending, () => {
        throw new Error('bad work');
      }),
    ).rejects.toThrow('bad work');
    expect(answered).toBe(true);
  });
});
