import { describe, expect, it } from 'vitest';
import { buildJourneyReport } from '../build';
import type { JourneyReport } from '../model';
import { FIXTURE_NOW, FIXTURE_OPTIONS, fixtureInput } from '../testing/fixture-journey';
import { pdfPages } from '../testing/pdf-text-of';
import { renderJourneyPdf } from './render-journey-pdf';

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

describe('renderJourneyPdf', () => {
  it('writes a PDF whose text reads in order: cover, summary figures, stages in order, ranked pains, numbered pages', async () => {
    const progress: number[] = [];
    const bytes = await renderJourneyPdf(buildJourneyReport(fixtureInput(), FIXTURE_OPTIONS, FIXTURE_NOW), (fraction) => progress.push(fraction));
    expect(latin1(bytes.slice(0, 5))).toBe('%PDF-');
    const pages = await pdfPages(bytes);
    const text = pages.join('\n');
    expect(pages[0]).toContain('Online order');
    expect(pages[0]).toContain('Acme Retail');
    expect(pages[0]).toContain('Busy parent');
    expect(pages[0]).toContain(`Page 1 of ${pages.length}`);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`));
    expect(text).toContain('37.5 %');
    const order = ['Executive summary', 'Emotion curve', 'Map', 'Stage 1 of 3: Browse', 'Stage 2 of 3: Order', 'Stage 3 of 3: Support', 'Top pain points',
      'Card declined without a reason', 'Long chat queue', 'Hand-off hot spots', 'Transfer rate off target', 'Trends against the previous period',
      'Comments, ideas and opportunities', 'Offer wallet payments'];
    const at = order.map((needle) => text.indexOf(needle));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('draws only the chosen sections, and no comments page unless comments are included', async () => {
    const report = buildJourneyReport(fixtureInput(), { ...FIXTURE_OPTIONS, sections: ['pains', 'comments'], includeComments: false }, FIXTURE_NOW);
    const text = (await pdfPages(await renderJourneyPdf(report))).join('\n');
    expect(text).toContain('Top pain points');
    expect(text).not.toContain('Executive summary');
    expect(text).not.toContain('Comments, ideas and opportunities');
    expect(text).toContain('Page 2 of 2');
  });

  it('does not break on text the standard font cannot encode (arrows, ≥, emoji, Cyrillic)', async () => {
    const input = fixtureInput();
    input.journey.name = 'Заказ онлайн → доставка 🚚';
    input.touchpoints = input.touchpoints.map((tp) => (tp.id === 't3' ? { ...tp, title: 'NPS ≥ 40 😀 Оплата' } : tp));
    const report: JourneyReport = buildJourneyReport(input, FIXTURE_OPTIONS, FIXTURE_NOW);
    const text = (await pdfPages(await renderJourneyPdf(report))).join('\n');
    expect(text).toContain('Zakaz onlayn -> dostavka ?');
    expect(text).toContain('NPS >= 40 ? Oplata');
  });
});
