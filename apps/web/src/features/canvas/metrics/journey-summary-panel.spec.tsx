import type { AnnotationSeverity } from '@cxmap/domain';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoutes, stubFetch } from '../../../testing/render-app';
import { painMarkers } from '../annotations/pain-marker';
import { targetSummary } from '../annotations/given-annotations';
import { given } from '../given';
import { attachment, catalogOf } from './given-metrics';
import { JourneySummaryPanel } from './journey-summary-panel';
import { openPainBySeverity } from './journey-summary';
import { deriveBadges } from './metric-badges';

const stages = [given.stage({ id: 's1', name: 'Discover', order: 0 }), given.stage({ id: 's2', name: 'Buy', order: 1 })];
const touchpoints = [given.touchpoint('s1', { id: 'site', title: 'Site' }), given.touchpoint('s2', { id: 'phone', title: 'Phone' })];
const badges = deriveBadges(
  [attachment({ touchpointId: 'site', score: 90, health: 'on_target' }), attachment({ touchpointId: 'phone', score: 70, health: 'off_target' })],
  catalogOf('csat'),
).touchpoints;
const pain = painMarkers({
  targets: [
    targetSummary('phone', { critical: 1, high: 2 }),
    targetSummary('s1', { medium: 1 }, 'stage'),
    targetSummary('link-1', { critical: 1 }, 'link'),
  ],
  reviewBy: {},
});

function renderPanel(withPain = pain) {
  stubFetch(() => ({ status: 404 }));
  const highlighted: AnnotationSeverity[] = [];
  renderRoutes(
    [
      {
        path: '/',
        element: (
          <JourneySummaryPanel
            stages={stages}
            touchpoints={touchpoints}
            badges={badges}
            pain={withPain}
            onHighlightPain={(severity) => highlighted.push(severity)}
            onSelectTouchpoint={() => undefined}
            onClose={() => undefined}
          />
        ),
      },
    ],
    '/',
  );
  return highlighted;
}

afterEach(cleanup);

describe('openPainBySeverity', () => {
  it('adds up the open pain of touchpoints, stages and links per severity, worst first', () => {
    expect(openPainBySeverity(pain)).toEqual([
      { severity: 'critical', count: 2 },
      { severity: 'high', count: 2 },
      { severity: 'medium', count: 1 },
      { severity: 'low', count: 0 },
    ]);
  });
});

describe('JourneySummaryPanel', { timeout: 20_000 }, () => {
  it('counts open pain points by severity; a count highlights that severity on the map', () => {
    const highlighted = renderPanel();
    const list = screen.getByRole('list', { name: 'Open pain points by severity' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['2Critical', '2High', '1Medium', '0Low']);
    fireEvent.click(within(list).getByRole('listitem', { name: '2 high: highlight' }));
    fireEvent.click(within(list).getByRole('listitem', { name: '0 low: highlight' }));
    expect(highlighted).toEqual(['high']);
    // The stage strip and the worst touchpoints are still there.
    expect(screen.getByRole('listitem', { name: /^Buy: Off target/ })).toBeTruthy();
    expect(within(screen.getByRole('list', { name: 'Touchpoints furthest from target' })).getByText('Phone')).toBeTruthy();
  });

  it('says when nothing is open', () => {
    renderPanel(new Map());
    expect(screen.getByText('No open pain points.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Open pain points by severity' })).toBeNull();
  });
});
