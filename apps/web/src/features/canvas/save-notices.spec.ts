import { describe, expect, it } from 'vitest';
import { conflictNotice, failureNotice } from './save-notices';

describe('conflictNotice', () => {
  it('says how many changes were discarded and that the latest version is loaded', () => {
    expect(conflictNotice(1, true)).toEqual({
      title: 'Someone else changed this journey',
      message: 'Your last change could not be saved and was discarded. The latest version is loaded — redo it if you still need it.',
    });
    expect(conflictNotice(3, true).message).toBe(
      'Your last 3 changes could not be saved and were discarded. The latest version is loaded — redo them if you still need them.',
    );
  });

  it('does not claim the latest version is shown when loading it failed', () => {
    expect(conflictNotice(2, false).message).toBe(
      'Your last 2 changes could not be saved and were discarded. The latest version could not be loaded; reload the page to see it.',
    );
  });
});

describe('failureNotice', () => {
  it('counts the changes that were not saved', () => {
    expect(failureNotice(1, 'Title is too long')).toEqual({ title: 'Your change was not saved', message: 'Title is too long' });
    expect(failureNotice(4, 'The server cannot be reached.').title).toBe('Your last 4 changes were not saved');
  });
});
