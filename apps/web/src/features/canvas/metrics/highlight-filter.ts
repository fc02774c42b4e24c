import { CHANNEL_INFO, CHANNELS, METRIC_HEALTHS, type TouchpointDto } from '@cxmap/domain';
import { parseSeverity, severityRank, type PainMarkers } from '../annotations/pain-marker';
import type { MetricBadge } from './metric-badges';
import { HEALTH_LABELS } from './metric-format';

/** What the filters read besides the touchpoint itself. */
export interface HighlightContext {
  badges: ReadonlyMap<string, MetricBadge>;
  /** Unresolved pain points by touchpoint id; absent: nothing has any. */
  pain?: PainMarkers;
}

export interface HighlightOption {
  value: string;
  label: string;
}

/** One filter of the bar: how a touchpoint's value is read, and which values to offer. */
export interface HighlightDimension {
  key: string;
  label: string;
  valueOf: (touchpoint: TouchpointDto, context: HighlightContext) => string;
  options: (touchpoints: readonly TouchpointDto[]) => HighlightOption[];
  /** Whether a touchpoint matches the selected values, when that is more than "its value is one of them". */
  matches?: (touchpoint: TouchpointDto, values: ReadonlySet<string>, context: HighlightContext) => boolean;
}

const NO_TEAM = '';
const NO_METRIC = 'no_metric';
const NO_PAIN_POINT = 'none';

/** Chips of the pain filter: each one means "at least this severity". */
const PAIN_OPTIONS: HighlightOption[] = [
  { value: 'critical', label: 'Critical' },
  { value: 'high', label: 'High or worse' },
  { value: 'medium', label: 'Medium or worse' },
  { value: 'low', label: 'Any pain point' },
  { value: NO_PAIN_POINT, label: 'No open pain point' },
];

/** The filter bar's dimensions, in order; a new filter (e.g. pain severity) is one more entry. */
export const HIGHLIGHT_DIMENSIONS: readonly HighlightDimension[] = [
  {
    key: 'channel',
    label: 'Channel',
    valueOf: (tp) => tp.channel,
    options: (touchpoints) => {
      const present = new Set(touchpoints.map((tp) => tp.channel));
      return CHANNELS.filter((c) => present.has(c)).map((c) => ({ value: c, label: CHANNEL_INFO[c].label }));
    },
  },
  {
    key: 'ownerTeam',
    label: 'Owner team',
    valueOf: (tp) => tp.ownerTeam ?? NO_TEAM,
    options: (touchpoints) => {
      const teams = [...new Set(touchpoints.map((tp) => tp.ownerTeam ?? NO_TEAM))].sort((a, b) => a.localeCompare(b));
      return teams.map((team) => ({ value: team, label: team === NO_TEAM ? 'No owner team' : team }));
    },
  },
  {
    key: 'interaction',
    label: 'Interaction',
    valueOf: (tp) => (tp.interaction === 'personnel' ? 'service' : 'experience'),
    options: () => [
      { value: 'service', label: 'Customer service (personnel)' },
      { value: 'experience', label: 'Rest of the experience' },
    ],
  },
  {
    key: 'health',
    label: 'Key metric health',
    valueOf: (tp, context) => context.badges.get(tp.id)?.health ?? NO_METRIC,
    options: () => [...METRIC_HEALTHS.map((h) => ({ value: h, label: HEALTH_LABELS[h] })), { value: NO_METRIC, label: 'No metric' }],
  },
  {
    key: 'pain',
    label: 'Pain severity',
    valueOf: (tp, context) => context.pain?.get(tp.id)?.worst ?? NO_PAIN_POINT,
    options: () => PAIN_OPTIONS,
    // An open pain point at or above any selected severity; "none": no open pain point at all.
    matches: (tp, values, context) => {
      const worst = context.pain?.get(tp.id)?.worst;
      if (!worst) return values.has(NO_PAIN_POINT);
      return [...values].some((value) => {
        const floor = parseSeverity(value);
        return floor !== undefined && severityRank(worst) >= severityRank(floor);
      });
    },
  },
];

/** Selected values per dimension key; a dimension with no value selected does not filter. */
export type HighlightFilter = Readonly<Record<string, readonly string[]>>;

export const NO_FILTER: HighlightFilter = {};

export function isFilterActive(filter: HighlightFilter): boolean {
  return Object.values(filter).some((values) => values.length > 0);
}

/**
 * The touchpoints a filter highlights: those matching every active dimension (any of its selected
 * values). Null when no filter is active: nothing is dimmed.
 */
export function highlightMatches(
  touchpoints: readonly TouchpointDto[],
  filter: HighlightFilter,
  context: HighlightContext,
  dimensions: readonly HighlightDimension[] = HIGHLIGHT_DIMENSIONS,
): ReadonlySet<string> | null {
  const active = dimensions.flatMap((dimension) => {
    const values = filter[dimension.key] ?? [];
    return values.length > 0 ? [{ dimension, values: new Set(values) }] : [];
  });
  if (active.length === 0) return null;
  const matches = new Set<string>();
  for (const tp of touchpoints) {
    const matching = ({ dimension, values }: (typeof active)[number]): boolean =>
      dimension.matches ? dimension.matches(tp, values, context) : values.has(dimension.valueOf(tp, context));
    if (active.every(matching)) matches.add(tp.id);
  }
  return matches;
}
