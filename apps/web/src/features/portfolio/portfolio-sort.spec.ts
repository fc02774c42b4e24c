import type { PortfolioJourney } from '@cxmap/reports';
import { describe, expect, it } from 'vitest';
import { nextSort, sortPortfolio } from './portfolio-sort';

function journey(name: string, overrides: Partial<PortfolioJourney> = {}): PortfolioJourney {
  return {
    id: name.toLowerCase(),
    name,
    state: 'current',
    status: 'published',
    stageCount: 3,
    touchpointCount: 5,
    health: { on_target: 0, at_risk: 0, off_target: 0, no_data: 0 },
    overallHealth: 'no_data',
    openPains: { low: 0, medium: 0, high: 0, critical: 0 },
    trend: null,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

const names = (list: PortfolioJourney[]) => list.map((j) => j.name);

describe('sortPortfolio', () => {
  const a = journey('Alpha', { touchpointCount: 9, overallHealth: 'on_target', health: { on_target: 3, at_risk: 0, off_target: 0, no_data: 0 }, trend: 'improving' });
  const b = journey('Bravo', { touchpointCount: 2, overallHealth: 'off_target', health: { on_target: 1, at_risk: 0, off_target: 1, no_data: 0 }, openPains: { low: 0, medium: 0, high: 1, critical: 2 }, trend: 'worsening', status: 'draft' });
  const c = journey('Charlie', { touchpointCount: 5, overallHealth: 'off_target', health: { on_target: 0, at_risk: 0, off_target: 2, no_data: 0 }, openPains: { low: 0, medium: 0, high: 0, critical: 2 }, trend: 'steady' });
  const d = journey('Delta', { touchpointCount: 5, status: 'archived' });
  const all = [d, c, b, a];

  it('sorts health worst first, then by share on target', () => {
    expect(names(sortPortfolio(all, { key: 'health', direction: 'asc' }))).toEqual(['Charlie', 'Bravo', 'Alpha', 'Delta']);
    expect(names(sortPortfolio(all, { key: 'health', direction: 'desc' }))).toEqual(['Delta', 'Alpha', 'Bravo', 'Charlie']);
  });

  it('sorts counts, critical pains (then high), trend, status and names', () => {
    expect(names(sortPortfolio(all, { key: 'touchpoints', direction: 'desc' }))).toEqual(['Alpha', 'Charlie', 'Delta', 'Bravo']);
    expect(names(sortPortfolio(all, { key: 'critical', direction: 'desc' }))).toEqual(['Bravo', 'Charlie', 'Alpha', 'Delta']);
    expect(names(sortPortfolio(all, { key: 'trend', direction: 'asc' }))).toEqual(['Bravo', 'Charlie', 'Alpha', 'Delta']);
    expect(names(sortPortfolio(all, { key: 'status', direction: 'asc' }))).toEqual(['Alpha', 'Charlie', 'Bravo', 'Delta']);
    expect(names(sortPortfolio(all, { key: 'name', direction: 'desc' }))).toEqual(['Delta', 'Charlie', 'Bravo', 'Alpha']);
  });

  it('flips the direction of the same column and starts counts biggest first', () => {
    expect(nextSort({ key: 'name', direction: 'asc' }, 'name')).toEqual({ key: 'name', direction: 'desc' });
    expect(nextSort({ key: 'name', direction: 'asc' }, 'critical')).toEqual({ key: 'critical', direction: 'desc' });
    expect(nextSort({ key: 'critical', direction: 'desc' }, 'health')).toEqual({ key: 'health', direction: 'asc' });
  });
});
