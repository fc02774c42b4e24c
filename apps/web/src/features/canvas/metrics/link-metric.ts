import { createElement, type ReactNode } from 'react';
import { describePain, SEVERITY_HEX, type PainMarker } from '../annotations/pain-marker';
import type { LinkEdge } from '../journey-to-flow';
import type { MetricBadge } from './metric-badges';
import { HEALTH_HEX } from './metric-format';

const DIMMED_OPACITY = 0.15;

/** "●2" in the colour of the worst severity: a tspan, so it sits in the edge's one SVG label next to the metric. */
function painLabel(pain: PainMarker, spaced: boolean): ReactNode {
  return createElement(
    'tspan',
    { key: 'pain', fill: SEVERITY_HEX[pain.worst], fontWeight: 800, 'data-testid': 'link-pain-marker', 'data-severity': pain.worst },
    `${spaced ? '  ' : ''}● ${pain.count}`,
  );
}

/**
 * A link edge with its hand-off health and open pain: the key metric in the label, coloured by
 * health; a "● n" marker coloured by the worst unresolved pain point's severity; dimmed when a
 * highlight filter leaves either end out. Returns the same edge object when nothing applies, so
 * unrelated edges keep their identity.
 */
export function linkEdgeWithMetric(
  edge: LinkEdge,
  badge: MetricBadge | undefined,
  matches: ReadonlySet<string> | null,
  pain?: PainMarker,
): LinkEdge {
  const dimmed = matches !== null && !(matches.has(edge.source) && matches.has(edge.target));
  if (!badge && !dimmed && !pain) return edge;
  const next: LinkEdge = { ...edge };
  const own = typeof edge.label === 'string' && edge.label !== '' ? edge.label : null;
  const metric = badge ? `${badge.label} ${badge.value ?? '—'}` : null;
  const text = [own, metric].filter((part): part is string => part !== null).join(' · ');
  const color = badge ? HEALTH_HEX[badge.health] : (pain && SEVERITY_HEX[pain.worst]) ?? '#495057';
  if (badge || pain) {
    next.label = pain ? [text, painLabel(pain, text !== '')] : text;
    next.labelStyle = { fill: badge ? color : '#495057', fontWeight: 700, fontSize: 11 };
    next.labelBgStyle = { fill: '#ffffff', stroke: color, strokeWidth: 1 };
    next.labelBgPadding = [6, 3];
    next.labelBgBorderRadius = 8;
    next.ariaLabel = [edge.ariaLabel ?? 'Link', metric, pain ? describePain(pain) : null].filter(Boolean).join(', ');
  }
  if (dimmed) next.style = { ...edge.style, opacity: DIMMED_OPACITY };
  return next;
}
