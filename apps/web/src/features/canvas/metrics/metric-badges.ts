import type { MetricAttachmentDto, MetricDefinition, MetricHealth } from '@cxmap/domain';
import { formatScore, shortMetricName } from './metric-format';

/** What a card (or a link label) shows of its key metric; plain values only, so two badges compare field by field. */
export interface MetricBadge {
  attachmentId: string;
  /** Short metric name: "CSAT". */
  label: string;
  /** The latest score in its unit ("82.4%"), null without data. */
  value: string | null;
  health: MetricHealth;
  target: string;
  warning: string;
  sampleSize: number | null;
  smallSample: boolean;
  periodStart: string | null;
  /**
   * How far the score lies on the wrong side of its target, as a share of the metric's scale (or
   * of the target when the scale is open): 0 on target, null without data. Orders "worst first"
   * across metrics of different units.
   */
  shortfall: number | null;
  /** How many metrics the element has in all (the badge shows one). */
  metricCount: number;
}

export interface MetricBadges {
  touchpoints: ReadonlyMap<string, MetricBadge>;
  links: ReadonlyMap<string, MetricBadge>;
}

export const NO_BADGES: MetricBadges = { touchpoints: new Map(), links: new Map() };

type Definition = Pick<MetricDefinition, 'key' | 'name' | 'unit' | 'scale' | 'direction'>;

/** The shortfall of `score` against `target`, in the metric's direction, normalised (see MetricBadge.shortfall). */
export function shortfallOf(definition: Definition, target: number, score: number): number {
  const worseBy = definition.direction === 'higher' ? target - score : score - target;
  if (worseBy <= 0) return 0;
  const span = definition.scale ? definition.scale.max - definition.scale.min : Math.max(Math.abs(target), 1);
  return worseBy / span;
}

export function badgeOf(attachment: MetricAttachmentDto, definition: Definition, metricCount: number): MetricBadge {
  const score = attachment.latest?.score ?? null;
  return {
    attachmentId: attachment.id,
    label: shortMetricName(definition),
    value: score === null ? null : formatScore(definition, score),
    health: attachment.health,
    target: formatScore(definition, attachment.target),
    warning: formatScore(definition, attachment.warning),
    sampleSize: attachment.latest?.sampleSize ?? null,
    smallSample: attachment.latest?.smallSample ?? false,
    periodStart: attachment.latest?.periodStart ?? null,
    shortfall: score === null ? null : shortfallOf(definition, attachment.target, score),
    metricCount,
  };
}

/**
 * One badge per touchpoint and per link that has metrics: its key metric (`isKey`), else the
 * first attached. Attachments whose metric the catalog does not know are left out.
 */
export function deriveBadges(attachments: readonly MetricAttachmentDto[], definitions: ReadonlyMap<string, Definition>): MetricBadges {
  const byElement = new Map<string, MetricAttachmentDto[]>();
  for (const attachment of attachments) {
    if (!definitions.has(attachment.metric)) continue;
    const element = attachment.touchpointId ? `t:${attachment.touchpointId}` : attachment.linkId ? `l:${attachment.linkId}` : null;
    if (!element) continue;
    const list = byElement.get(element);
    if (list) list.push(attachment);
    else byElement.set(element, [attachment]);
  }
  const touchpoints = new Map<string, MetricBadge>();
  const links = new Map<string, MetricBadge>();
  for (const [element, list] of byElement) {
    const key = list.find((a) => a.isKey) ?? list[0];
    const definition = key && definitions.get(key.metric);
    if (!key || !definition) continue;
    const badge = badgeOf(key, definition, list.length);
    (element.startsWith('t:') ? touchpoints : links).set(element.slice(2), badge);
  }
  return { touchpoints, links };
}

export function sameBadge(a: MetricBadge | undefined, b: MetricBadge | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (Object.keys(a) as (keyof MetricBadge)[]).every((field) => a[field] === b[field]);
}
