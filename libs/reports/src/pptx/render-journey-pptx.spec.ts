import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { JourneyReport } from '../model';
import { sampleJourneyReport } from '../testing/sample-journey-report';
import { renderJourneyPptx } from './render-journey-pptx';

interface Deck {
  zip: JSZip;
  /** Text of each slide in order (its paragraphs, whitespace collapsed). */
  slides: string[];
}

async function open(bytes: Uint8Array): Promise<Deck> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]));
  const slides = await Promise.all(
    names.map(async (name) => {
      const xml = await zip.file(name)!.async('string');
      // Runs of one paragraph join as they are (a table cell's words may be runs of their own); paragraphs with a space.
      const paragraphs = [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((p) =>
        [...p[1].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decodeXml(m[1])).join(''),
      );
      return paragraphs.filter((text) => text.trim() !== '').join(' ').replace(/\s+/g, ' ');
    }),
  );
  return { zip, slides };
}

function decodeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function slideTitled(deck: Deck, title: string): string {
  const found = deck.slides.find((text) => text.startsWith(title));
  if (found === undefined) throw new Error(`no slide "${title}" in:\n${deck.slides.map((s) => s.slice(0, 60)).join('\n')}`);
  return found;
}

describe('renderJourneyPptx', () => {
  it('tells the story one idea per slide', async () => {
    const deck = await open(await renderJourneyPptx(sampleJourneyReport()));
    // title, summary, per stage, emotion, 3 stages, pains, hand-offs, trends, trend lines, comments
    expect(deck.slides).toHaveLength(12);
    expect(deck.slides[0]).toContain('Broadband customer journey');
    expect(deck.slides[0]).toContain('Persona: Busy parent');
    expect(deck.slides[0]).toContain('Current state');
    expect(deck.slides[0]).toContain('Acme Telecom');
    expect(deck.slides[0]).toContain('2 April 2026');
    for (const title of [
      'Executive summary',
      'Touchpoints per stage',
      'Emotion curve',
      'Stage 1: Purchase',
      'Stage 2: Onboarding',
      'Stage 3: Support',
      'Top pain points',
      'Hand-off hot spots',
      'Trends',
      'Trend lines',
      'Comments, ideas and opportunities',
    ]) {
      slideTitled(deck, title);
    }
  });

  it('writes figures and tables as editable text', async () => {
    const deck = await open(await renderJourneyPptx(sampleJourneyReport()));
    const summary = slideTitled(deck, 'Executive summary');
    expect(summary).toContain('38 %');
    expect(summary).toContain('At risk');
    const support = slideTitled(deck, 'Stage 3: Support');
    expect(support).toContain('Support hotline');
    expect(support).toContain('Customer service');
    expect(support).toContain('480 s (target 300 s)');
    expect(support).toContain('Off target');
    const pains = slideTitled(deck, 'Top pain points');
    expect(pains).toContain('Long waits on the hotline');
    expect(pains).not.toContain('Confirmation email lands in spam');
    expect(slideTitled(deck, 'Hand-off hot spots')).toContain('Support hotline → Live chat');
    expect(slideTitled(deck, 'Trends ')).toContain('▼ Worsening');
  });

  it('draws native charts with their data', async () => {
    const deck = await open(await renderJourneyPptx(sampleJourneyReport()));
    const charts = Object.keys(deck.zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
    // touchpoints per stage, emotion curve, four trend lines
    expect(charts).toHaveLength(6);
    const xml = await Promise.all(charts.map((name) => deck.zip.file(name)!.async('string')));
    const bar = xml.find((x) => x.includes('<c:barChart>'));
    expect(bar).toBeDefined();
    expect(bar).toContain('<c:v>Onboarding</c:v>');
    const emotion = xml.find((x) => x.includes('<c:lineChart>') && x.includes('Welcome call'));
    expect(emotion).toContain('<c:v>-2</c:v>');
    // The chart's data travels with it (an embedded workbook), so it stays editable.
    expect(Object.keys(deck.zip.files).some((name) => name.startsWith('ppt/embeddings/') && name.endsWith('.xlsx'))).toBe(true);
  });

  it('leaves out sections the options leave out, and copes with an empty journey', async () => {
    const report: JourneyReport = { ...sampleJourneyReport(), options: { sections: ['summary'], range: null, includeComments: false } };
    const deck = await open(await renderJourneyPptx(report));
    expect(deck.slides).toHaveLength(3);

    const empty = sampleJourneyReport();
    empty.stages = [];
    empty.summary.touchpointsByStage = [];
    empty.pains = [];
    empty.comments = [];
    empty.handoffs = [];
    empty.trends = [];
    const emptyDeck = await open(await renderJourneyPptx(empty));
    expect(slideTitled(emptyDeck, 'Emotion curve')).toContain('No touchpoint has an emotion score yet.');
    expect(slideTitled(emptyDeck, 'Top pain points')).toContain('No open pain points.');
  });

  it('reports progress in increasing fractions ending at 1', async () => {
    const fractions: number[] = [];
    await renderJourneyPptx(sampleJourneyReport(), (f) => fractions.push(f));
    expect(fractions.length).toBeGreaterThan(5);
    expect(fractions.every((f, i) => i === 0 || f > fractions[i - 1])).toBe(true);
    expect(fractions.at(-1)).toBe(1);
  });
});
