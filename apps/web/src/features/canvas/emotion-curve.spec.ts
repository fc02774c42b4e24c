import { describe, expect, it } from 'vitest';
import { computeGeometry } from './canvas-geometry';
import { emotionPath, emotionPoints, emotionY } from './emotion-curve';
import { given } from './given';

describe('emotionPoints', () => {
  it('averages the judged touchpoints of each stage at the column centre', () => {
    const graph = given.journey({ stages: 3 });
    const [s1, s2] = graph.stages;
    graph.touchpoints = [
      given.touchpoint(s1.id, { emotion: 2 }),
      given.touchpoint(s1.id, { emotion: -1 }),
      given.touchpoint(s1.id, { emotion: null }),
      given.touchpoint(s2.id, { emotion: -2, layer: 'frontstage' }),
    ];
    const geometry = computeGeometry(graph);
    const points = emotionPoints(graph, geometry);
    expect(points.map((p) => [p.average, p.count])).toEqual([
      [0.5, 2],
      [-2, 1],
      [null, 0],
    ]);
    expect(points[0].x).toBe(geometry.columns[0].x + geometry.columns[0].width / 2);
  });
});

describe('emotionY and emotionPath', () => {
  const band = { y: 100, height: 100 };
  it('puts +2 at the top and −2 at the bottom of the band', () => {
    expect(emotionY(2, band, 10)).toBe(110);
    expect(emotionY(-2, band, 10)).toBe(190);
    expect(emotionY(0, band, 10)).toBe(150);
  });

  it('joins the judged stages and skips the others', () => {
    const path = emotionPath(
      [
        { stageId: 'a', x: 10, average: 2, count: 1 },
        { stageId: 'b', x: 20, average: null, count: 0 },
        { stageId: 'c', x: 30, average: -2, count: 1 },
      ],
      band,
    );
    expect(path).toBe(`M 10 ${emotionY(2, band)} L 30 ${emotionY(-2, band)}`);
  });
});
