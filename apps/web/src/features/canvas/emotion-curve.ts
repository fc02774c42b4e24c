import { EMOTION_MAX, EMOTION_MIN } from '@cxmap/domain';
import type { GraphContent } from '@cxmap/journey-format';
import type { Band, CanvasGeometry } from './canvas-geometry';

export interface EmotionPoint {
  stageId: string;
  /** Centre of the stage column. */
  x: number;
  /** Mean emotion of the stage's judged touchpoints, or null when none has an emotion yet. */
  average: number | null;
  /** How many touchpoints the average is taken over. */
  count: number;
}

/** One point per stage column, in column order: the stage's average emotion. */
export function emotionPoints(graph: GraphContent, geometry: CanvasGeometry): EmotionPoint[] {
  const sums = new Map<string, { total: number; count: number }>();
  for (const tp of graph.touchpoints) {
    if (tp.emotion === null) continue;
    const entry = sums.get(tp.stageId) ?? { total: 0, count: 0 };
    entry.total += tp.emotion;
    entry.count += 1;
    sums.set(tp.stageId, entry);
  }
  return geometry.columns.map((column) => {
    const entry = sums.get(column.stageId);
    return {
      stageId: column.stageId,
      x: column.x + column.width / 2,
      average: entry ? Math.round((entry.total / entry.count) * 100) / 100 : null,
      count: entry?.count ?? 0,
    };
  });
}

/** Vertical position of an emotion value inside the band: +2 near the top, −2 near the bottom. */
export function emotionY(value: number, band: Band, inset = 18): number {
  const clamped = Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, value));
  const share = (EMOTION_MAX - clamped) / (EMOTION_MAX - EMOTION_MIN);
  return band.y + inset + share * (band.height - 2 * inset);
}

/**
 * SVG path through the judged stages, in column order. Stages without an emotion are skipped:
 * the line joins their neighbours directly.
 */
export function emotionPath(points: readonly EmotionPoint[], band: Band): string {
  return points
    .filter((p): p is EmotionPoint & { average: number } => p.average !== null)
    .map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${emotionY(p.average, band)}`)
    .join(' ');
}
