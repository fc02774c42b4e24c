import type { MetricDefinition, MetricHealth, MetricTrend } from '@cxmap/domain';

type Formattable = Pick<MetricDefinition, 'unit' | 'scale'>;

const grouped = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** "Customer satisfaction (CSAT)" → "CSAT": the abbreviation in brackets when the name has one. */
export function shortMetricName(definition: Pick<MetricDefinition, 'name'>): string {
  const abbreviation = /\(([^()]{1,8})\)\s*$/.exec(definition.name);
  return abbreviation?.[1] ?? definition.name;
}

function trimmed(value: number, digits: number): string {
  return Number(value.toFixed(digits)).toString();
}

/** A score in its unit, short enough for a card badge: "82.4%", "42", "4.2", "3m 20s", "12.3K". */
export function formatScore(definition: Formattable, score: number): string {
  switch (definition.unit) {
    case 'percent':
      return `${trimmed(score, 1)}%`;
    case 'score': {
      // Narrow scales (1–5, 1–7) need a decimal to tell scores apart; NPS (−100…100) does not.
      const narrow = definition.scale !== null && definition.scale.max - definition.scale.min <= 10;
      return narrow ? score.toFixed(1) : trimmed(score, 0);
    }
    case 'seconds':
      return formatDuration(score);
    case 'currency':
    case 'count':
      return Math.abs(score) >= 10_000 ? compact.format(score) : grouped.format(score);
    case 'ratio':
      return score.toFixed(2);
  }
}

function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  if (total < 120) return `${total}s`;
  const minutes = Math.floor(total / 60);
  if (minutes < 60) return total % 60 === 0 ? `${minutes}m` : `${minutes}m ${total % 60}s`;
  return minutes % 60 === 0 ? `${Math.floor(minutes / 60)}h` : `${Math.floor(minutes / 60)}h ${minutes % 60}m`;
}

export const HEALTH_LABELS: Record<MetricHealth, string> = {
  on_target: 'On target',
  at_risk: 'At risk',
  off_target: 'Off target',
  no_data: 'No data',
};

/** Mantine palette colour per health; the legend, badges and strips read the same table. */
export const HEALTH_COLORS: Record<MetricHealth, string> = {
  on_target: 'green',
  at_risk: 'yellow',
  off_target: 'red',
  no_data: 'gray',
};

/** Plain CSS colours for SVG strokes and edge labels (React Flow draws those outside Mantine). */
export const HEALTH_HEX: Record<MetricHealth, string> = {
  on_target: '#2f9e44',
  at_risk: '#f08c00',
  off_target: '#e03131',
  no_data: '#868e96',
};

export const TREND_LABELS: Record<MetricTrend, string> = {
  improving: 'Improving',
  steady: 'Steady',
  worsening: 'Worsening',
};
