import { getSmoothStepPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { dashCoverage, dashRuns } from './dash-runs';

describe('dashRuns', () => {
  it('splits a smooth-step path into its straight stretches and corners, each starting where the last ended', () => {
    const runs = dashRuns('M0 0L 245,0Q 250,0 250,5L 250,295Q 250,300 255,300L500 300');
    expect(runs?.map((r) => r.d)).toEqual(['M0 0L245 0', 'M245 0Q250 0 250 5', 'M250 5L250 295', 'M250 295Q250 300 255 300', 'M255 300L500 300']);
    const offsets = runs?.map((r) => r.offset) ?? [];
    expect(offsets[0]).toBe(0);
    expect(offsets[1]).toBe(245);
    // A 5 px corner from (245,0) to (250,5) is a little longer than its chord (7.07) and shorter than its legs (10).
    const corner = (offsets[2] ?? 0) - (offsets[1] ?? 0);
    expect(corner).toBeGreaterThan(7.07);
    expect(corner).toBeLessThan(10);
    expect((offsets[3] ?? 0) - (offsets[2] ?? 0)).toBe(290);
  });

  it('reads the paths React Flow draws for links going forward, backward and level', () => {
    for (const [sourceX, sourceY, targetX, targetY] of [
      [0, 0, 500, 300],
      [500, 0, 0, 300],
      [0, 40, 800, 40],
      [10.5, -3.25, -600.75, 1200.5],
    ] as const) {
      const [path] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition: Position.Right, targetPosition: Position.Left });
      const runs = dashRuns(path);
      expect(runs, path).not.toBeNull();
      // The pieces join up: each starts where the previous one ended, from the source to the target.
      const ends = (runs ?? []).map((r) => r.d.match(/-?[\d.]+/g)?.map(Number) ?? []);
      expect(ends[0]?.slice(0, 2)).toEqual([sourceX, sourceY]);
      expect(ends.at(-1)?.slice(-2)).toEqual([targetX, targetY]);
      for (let i = 1; i < ends.length; i++) expect(ends[i]?.slice(0, 2)).toEqual(ends[i - 1]?.slice(-2));
    }
  });

  it('gives up on commands it does not read, so the caller draws the path whole', () => {
    expect(dashRuns('M0 0C 10,10 20,20 30,30')).toBeNull();
    expect(dashRuns('M0 0L 10,10Z')).toBeNull();
    expect(dashRuns('x M0 0L 10,10')).toBeNull();
    expect(dashRuns('M0 0L 10')).toBeNull();
    expect(dashRuns('L 10,10')).toBeNull();
    expect(dashRuns('')).toBeNull();
  });
});

describe('dashCoverage', () => {
  it('is the drawn share of the pattern', () => {
    expect(dashCoverage('8 5')).toBeCloseTo(8 / 13);
    expect(dashCoverage('2 5')).toBeCloseTo(2 / 7);
    expect(dashCoverage('12 4 3 4')).toBeCloseTo(15 / 23);
    expect(dashCoverage('4, 2')).toBeCloseTo(4 / 6);
  });

  it('repeats an odd list, as SVG does', () => {
    // "5 3 2" is "5 3 2 5 3 2": drawn 5 + 2 + 3 of 20.
    expect(dashCoverage('5 3 2')).toBeCloseTo(10 / 20);
  });

  it('is 1 for a pattern it cannot read', () => {
    expect(dashCoverage('')).toBe(1);
    expect(dashCoverage('0 0')).toBe(1);
    expect(dashCoverage('none')).toBe(1);
  });
});
