import { formatIsoDate, parseIsoDate, shiftPeriod, type DateRange } from '@cxmap/domain';

export const RANGE_PRESETS = ['last12', 'last6', 'last3', 'thisYear', 'lastYear', 'custom'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

export const RANGE_PRESET_LABELS: Record<RangePreset, string> = {
  last12: 'Last 12 months',
  last6: 'Last 6 months',
  last3: 'Last 3 months',
  thisYear: 'This year',
  lastYear: 'Last year',
  custom: 'Custom range',
};

const monthStart = (today: Date): string => formatIsoDate(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1));
const lastDayOfMonth = (today: Date): string => formatIsoDate(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0));

/** The whole calendar months of a preset (up to and including the current month); null for the API default (last 12). */
export function presetRange(preset: Exclude<RangePreset, 'custom'>, today: Date): DateRange | null {
  const year = today.getUTCFullYear();
  switch (preset) {
    case 'last12':
      return null;
    case 'last6':
      return { from: shiftPeriod('month', monthStart(today), -5), to: lastDayOfMonth(today) };
    case 'last3':
      return { from: shiftPeriod('month', monthStart(today), -2), to: lastDayOfMonth(today) };
    case 'thisYear':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    case 'lastYear':
      return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  }
}

/** The preset a URL range matches, so the control shows "Last 6 months" rather than "Custom range". */
export function presetOf(range: DateRange | null, today: Date): RangePreset {
  if (range === null) return 'last12';
  for (const preset of RANGE_PRESETS) {
    if (preset === 'custom' || preset === 'last12') continue;
    const candidate = presetRange(preset, today);
    if (candidate && candidate.from === range.from && candidate.to === range.to) return preset;
  }
  return 'custom';
}

/** `?from=&to=` of the page URL as a range; null unless both are real dates in order (the API then uses its default). */
export function rangeFromSearch(search: URLSearchParams): DateRange | null {
  const from = search.get('from');
  const to = search.get('to');
  if (!from || !to) return null;
  const start = parseIsoDate(from);
  const end = parseIsoDate(to);
  if (start === null || end === null || start > end) return null;
  return { from, to };
}
