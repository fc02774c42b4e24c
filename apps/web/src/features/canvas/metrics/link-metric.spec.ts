import { isValidElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { PainMarker } from '../annotations/pain-marker';
import { given } from '../given';
import { linkToEdge } from '../journey-to-flow';
import { linkEdgeWithMetric } from './link-metric';
import type { MetricBadge } from './metric-badges';

const edge = linkToEdge(given.link('tp-a', 'tp-b', { type: 'hand_off', label: 'Escalate' }));

const badge: MetricBadge = {
  attachmentId: 'att-1',
  label: 'Transfer',
  value: '12%',
  health: 'at_risk',
  target: '5%',
  warning: '15%',
  sampleSize: 200,
  smallSample: false,
  periodStart: '2026-01-01',
  shortfall: 0.07,
  metricCount: 1,
};

const pain: PainMarker = { count: 3, worst: 'critical', breakdown: [{ severity: 'critical', count: 1 }, { severity: 'low', count: 2 }] };

/** The label's text parts and its pain tspan's props, whatever the shape of the label. */
function labelParts(label: unknown): { text: string; marker: Record<string, unknown> | null } {
  const parts = Array.isArray(label) ? label : [label];
  const marker = parts.find((part) => isValidElement(part));
  return {
    text: parts.filter((part): part is string => typeof part === 'string').join(''),
    marker: marker && isValidElement<Record<string, unknown>>(marker) ? marker.props : null,
  };
}

describe('linkEdgeWithMetric', () => {
  it('leaves a link without metric, pain or filter as it is (the same object)', () => {
    expect(linkEdgeWithMetric(edge, undefined, null, undefined)).toBe(edge);
  });

  it('shows the open pain next to the hand-off metric, coloured by the worst severity, and says so to screen readers', () => {
    const next = linkEdgeWithMetric(edge, badge, null, pain);
    const { text, marker } = labelParts(next.label);
    expect(text).toBe('Escalate · Transfer 12%');
    expect(marker).toMatchObject({ fill: '#c92a2a', 'data-severity': 'critical', children: '  ● 3' });
    expect(next.ariaLabel).toBe('Link: hand off, Transfer 12%, 1 critical · 2 low open pain points');
  });

  it('marks a link that has pain but no metric, in the border colour of its worst severity', () => {
    const next = linkEdgeWithMetric(linkToEdge(given.link('tp-a', 'tp-b')), undefined, null, { count: 1, worst: 'medium', breakdown: [{ severity: 'medium', count: 1 }] });
    const { text, marker } = labelParts(next.label);
    expect(text).toBe('');
    expect(marker).toMatchObject({ fill: '#e8590c', children: '● 1' });
    expect(next.labelBgStyle).toMatchObject({ stroke: '#e8590c' });
  });

  it('keeps the metric label alone when there is no open pain', () => {
    const next = linkEdgeWithMetric(edge, badge, null, undefined);
    expect(next.label).toBe('Escalate · Transfer 12%');
  });
});
