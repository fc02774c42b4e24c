import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { requestFullRender, useFullRender } from './full-render';

function Probe() {
  return <span>{useFullRender() ? 'full' : 'in view'}</span>;
}

describe('full render of the canvas', () => {
  it('is on while anyone holds it, and off once all have let go (each release counts once)', () => {
    render(<Probe />);
    expect(screen.getByText('in view')).toBeTruthy();
    let first: () => void = () => undefined;
    let second: () => void = () => undefined;
    act(() => {
      first = requestFullRender();
      second = requestFullRender();
    });
    expect(screen.getByText('full')).toBeTruthy();
    act(() => {
      first();
      first();
    });
    expect(screen.getByText('full')).toBeTruthy();
    act(() => second());
    expect(screen.getByText('in view')).toBeTruthy();
  });
});
