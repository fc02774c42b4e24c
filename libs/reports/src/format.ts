import type { MetricHealth, MetricTrend, MetricUnit, PeriodKind } from '@cxmap/domain';

/*
 * Words and number formats every renderer uses, so a figure reads the same in a PDF, a slide and a
 * spreadsheet cell.
 */

export const HEALTH_LABELS: Record<MetricHealth, string> = {
  on_target: 'On target',
  at_risk: 'At risk',
  off_target: 'Off target',
  no_data: 'No data',
};

export const TREND_LABELS: Record<MetricTrend, string> = { improving: 'Improving', steady: 'Steady', worsening: 'Worsening' };

/** One formatter per number of digits: making an Intl.NumberFormat costs far more than using one. */
const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();

function number(value: number, digits: number): string {
  let format = NUMBER_FORMATS.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
    NUMBER_FORMATS.set(digits, format);
  }
  return format.format(value);
}

/** A score in its unit: "82.5 %", "9 min 35 s", "1,234", "0.42"; "–" without one. */
export function formatScore(value: number | null, unit: MetricUnit): string {
  if (value === null || !Number.isFinite(value)) return '–';
  switch (unit) {
    case 'percent':
      return `${number(value, 1)} %`;
    case 'seconds': {
      if (Math.abs(value) < 120) return `${number(value, 0)} s`;
      const minutes = Math.floor(value / 60);
      return `${minutes} min ${Math.round(value - minutes * 60)} s`;
    }
    case 'currency':
      return number(value, 2);
    case 'count':
      return number(value, 0);
    case 'ratio':
      return number(value, 2);
    case 'score':
      return number(value, 1);
  }
}

/** A share (0…1) as a percentage: 0.375 → "37.5 %". */
export function formatShare(share: number): string {
  return `${number(share * 100, 1)} %`;
}

/** "2026-01-01" → "1 Jan 2026". */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  if (!year || !month || !day) return iso;
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${day} ${names[month - 1] ?? ''} ${year}`;
}

/** A name made safe for a file name: "Online order journey" → "online-order-journey". */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
  return slug.length > 0 ? slug : 'journey';
}

/** A period by its kind: "Mar 2026", "week of 2 Mar 2026", "2 Mar 2026". */
export function formatPeriod(period: PeriodKind, start: string): string {
  if (period === 'month') return formatDate(start).replace(/^\d+ /, '');
  return period === 'week' ? `week of ${formatDate(start)}` : formatDate(start);
}
