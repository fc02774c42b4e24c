import type { LinkEdge } from '../journey-to-flow';
import type { MetricBadge } from './metric-badges';
import { HEALTH_HEX } from './metric-format';

const DIMMED_OPACITY = 0.15;

/**
 * A link edge with its hand-off health: the key metric in the label, coloured by health, and dimmed
 * when a highlight filter leaves either end out. Returns the same edge object when nothing applies,
 * so unrelated edges keep their identity.
 */
export function linkEdgeWithMetric(edge: LinkEdge, badge: MetricBadge | undefined, matches: ReadonlySet<string> | null): LinkEdge {
  const dimmed = matches !== null && !(matches.has(edge.source) && matches.has(edge.target));
  if (!badge && !dimmed) return edge;
  const next: LinkEdge = { ...edge };
  if (badge) {
    const metric = `${badge.label} ${badge.value ?? '—'}`;
    const color = HEALTH_HEX[badge.health];
    next.label = typeof edge.label === 'string' && edge.label !== '' ? `${edge.label} · ${metric}` : metric;
    next.labelStyle = { fill: color, fontWeight: 700, fontSize: 11 };
    next.labelBgStyle = { fill: '#ffffff', stroke: color, strokeWidth: 1 };
    next.labelBgPadding = [6, 3];
    next.labelBgBorderRadius = 8;
    next.ariaLabel = `${edge.ariaLabel ?? 'Link'}, ${metric}`;
  }
  if (dimmed) next.style = { ...edge.style, opacity: DIMMED_OPACITY };
  return next;
}
