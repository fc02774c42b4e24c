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

  it('throws the statement\'s failure, even when it came while the work ran', async () => {
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const failing = Promise.reject(new Error('deadlock'));
      await expect(meanwhile(failing, () => undefined)).rejects.toThrow('deadlock');
      await later(5, null);
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
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
