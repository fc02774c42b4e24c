import type { MetricHealth } from '@cxmap/domain';
import { HEALTH_HEX } from './metric-format';

export interface SparklineProps {
  /** Oldest first; null for a period without data (a gap in the line). */
  values: readonly (number | null)[];
  target: number;
  health: MetricHealth;
  width?: number;
  height?: number;
  label: string;
}

const PAD = 3;

/** A small inline SVG line of the last periods with the target as a dashed line (no chart library is installed). */
export function Sparkline({ values, target, health, width = 132, height = 36, label }: SparklineProps) {
  const numbers = values.filter((v): v is number => v !== null);
  if (numbers.length === 0) return null;
  const min = Math.min(target, ...numbers);
  const max = Math.max(target, ...numbers);
  const span = max - min || 1;
  const x = (i: number): number => (values.length === 1 ? width / 2 : PAD + (i * (width - 2 * PAD)) / (values.length - 1));
  const y = (v: number): number => height - PAD - ((v - min) * (height - 2 * PAD)) / span;
  let path = '';
  let pen = false;
  values.forEach((v, i) => {
    if (v === null) {
      pen = false;
      return;
    }
    path += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    pen = true;
  });
  const lastIndex = values.length - 1;
  const last = values[lastIndex];
  const color = HEALTH_HEX[health];
  return (
    <svg width={width} height={height} role="img" aria-label={label} style={{ display: 'block', flex: 'none' }}>
      <line x1={0} x2={width} y1={y(target)} y2={y(target)} stroke="#adb5bd" strokeDasharray="3 3" strokeWidth={1} />
      <path d={path} fill="none" stroke={color} strokeWidth={1.75} strokeLinejoin="round" strokeLinecap="round" />
      {last !== null && last !== undefined && <circle cx={x(lastIndex)} cy={y(last)} r={2.5} fill={color} />}
    </svg>
  );
}
