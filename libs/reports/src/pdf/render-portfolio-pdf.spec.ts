import { describe, expect, it } from 'vitest';
import type { PortfolioReport } from '../model';
import { pdfPages } from '../testing/pdf-text-of';
import { renderPortfolioPdf } from './render-portfolio-pdf';

const counts = { on_target: 0, at_risk: 0, off_target: 0, no_data: 0 };
const pains = { low: 0, medium: 0, high: 0, critical: 0 };

const PORTFOLIO: PortfolioReport = {
  generatedAt: '2026-04-02T08:00:00.000Z',
  range: { from: '2025-04-01', to: '2026-03-31' },
  workspace: { id: 'w1', name: 'Acme Retail' },
  journeys: [
    {
      id: 'j1', name: 'Online order', state: 'current', status: 'published', stageCount: 3, touchpointCount: 8,
      health: { ...counts, on_target: 1, off_target: 2, no_data: 1 }, overallHealth: 'off_target', openPains: { ...pains, critical: 1, high: 2 },
      trend: 'worsening', updatedAt: '2026-03-20T12:00:00.000Z',
    },
    {
      id: 'j2', name: 'Returns → refund', state: 'future', status: 'draft', stageCount: 4, touchpointCount: 12,
      health: { ...counts, on_target: 3 }, overallHealth: 'on_target', openPains: pains, trend: null, updatedAt: '2026-03-01T12:00:00.000Z',
    },
  ],
  totals: { journeys: 2, touchpoints: 20, health: { on_target: 4, at_risk: 0, off_target: 2, no_data: 1 }, openPains: { ...pains, critical: 1, high: 2 } },
};

describe('renderPortfolioPdf', () => {
  it('has a cover with the totals and one row per journey with health, touchpoints, open critical pains and trend', async () => {
    const pages = await pdfPages(await renderPortfolioPdf(PORTFOLIO));
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Acme Retail');
    expect(pages[0]).toContain('4 of 6 measured');
    expect(pages[0]).toContain('3 (1 critical)');
    expect(pages[1]).toMatch(/Online order .*Off target .*8 .*1 .*Worsening/s);
    expect(pages[1]).toMatch(/Returns -> refund .*On target .*12 .*0/s);
    expect(pages[1]).toContain('Page 2 of 2');
  });
});
