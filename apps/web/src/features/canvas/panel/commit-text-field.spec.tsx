import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../../testing/render-app';
import { CommitTextField } from './commit-text-field';

function renderField(onCommit: (value: string) => void, required = false) {
  renderRoutes([{ path: '/', element: <CommitTextField label="Title" value="Old" onCommit={onCommit} required={required} delayMs={500} /> }], '/');
  return screen.getByLabelText('Title');
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('CommitTextField', () => {
  it('saves once after a pause in typing, not per keystroke', () => {
    vi.useFakeTimers();
    const onCommit = vi.fn();
    const input = renderField(onCommit);
    for (const text of ['N', 'Ne', 'New']) {
      fireEvent.change(input, { target: { value: text } });
      act(() => void vi.advanceTimersByTime(200));
    }
    expect(onCommit).not.toHaveBeenCalled();
    act(() => void vi.advanceTimersByTime(500));
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('New');
  });

  it('saves at once on blur and not again when the timer would have fired', () => {
    vi.useFakeTimers();
    const onCommit = vi.fn();
    const input = renderField(onCommit);
    fireEvent.change(input, { target: { value: 'Typed' } });
    fireEvent.blur(input);
    act(() => void vi.advanceTimersByTime(1000));
    expect(onCommit).toHaveBeenCalledExactlyOnceWith('Typed');
  });

  it('never saves an empty required value', () => {
    const onCommit = vi.fn();
    const input = renderField(onCommit, true);
    fireEvent.change(input, { target: { value: '   ' } });
    fireEvent.blur(input);
    expect(onCommit).not.toHaveBeenCalled();
    expect((input as HTMLInputElement).value).toBe('Old');
  });
});
