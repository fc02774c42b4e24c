import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { sampleJourneyReport } from '../testing/sample-journey-report';
import { JOURNEY_CSV_COLUMNS, renderJourneyCsv } from './render-journey-csv';

async function parse(bytes: Uint8Array): Promise<{ text: string; rows: string[][] }> {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { text, rows: parsed.data };
}

describe('renderJourneyCsv', () => {
  it('writes a header and one row per touchpoint, stages in order', async () => {
    const { text, rows } = await parse(await renderJourneyCsv(sampleJourneyReport()));
    expect(text.startsWith('\uFEFFStage,Touchpoint,')).toBe(true);
    expect(rows[0]).toEqual([...JOURNEY_CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + 8);
    expect(rows.slice(1).map((row) => row[0])).toEqual(['Purchase', 'Purchase', 'Purchase', 'Onboarding', 'Onboarding', 'Support', 'Support', 'Support']);
    const hotline = rows.find((row) => row[1] === 'Support hotline');
    expect(hotline).toEqual([
      'Support',
      'Support hotline',
      'First-line phone support.',
      'Phone',
      'Customer service (people)',
      'Frontstage',
      'Customer service',
      '-2',
      'Average handle time',
      '480',
      '300',
      'Off target',
      '1',
    ]);
    const routing = rows.find((row) => row[1] === 'Ticket routing');
    expect(routing?.slice(6)).toEqual(['', '', '', '', '', 'No data', '0']);
  });

  it('ends records with CRLF and quotes commas, quotes and line breaks (RFC 4180)', async () => {
    const report = sampleJourneyReport();
    report.stages[0].touchpoints[0].title = 'Call "Billing", then\nwait';
    const { text, rows } = await parse(await renderJourneyCsv(report));
    expect(text).toContain('"Call ""Billing"", then\nwait"');
    expect(text.split('\r\n')[0]).toBe('\uFEFF' + JOURNEY_CSV_COLUMNS.join(','));
    expect(rows[1][1]).toBe('Call "Billing", then\nwait');
  });

  it('puts an apostrophe before text that a spreadsheet would run as a formula', async () => {
    const report = sampleJourneyReport();
    const [first, second, third] = report.stages[0].touchpoints;
    first.title = '=HYPERLINK("http://evil.example","click")';
    first.description = '+1+cmd|/C calc';
    second.title = '-2+3';
    second.ownerTeam = '@SUM(A1)';
    third.title = '\tTabbed';
    third.description = '=1+1\nsecond line';
    const { rows } = await parse(await renderJourneyCsv(report));
    expect(rows[1][1]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rows[1][2]).toBe(`'+1+cmd|/C calc`);
    expect(rows[2][1]).toBe(`'-2+3`);
    expect(rows[2][6]).toBe(`'@SUM(A1)`);
    expect(rows[3][1]).toBe(`'\tTabbed`);
    expect(rows[3][2]).toBe(`'=1+1\nsecond line`);
    // Numbers stay numbers: a negative emotion is not text.
    expect(rows.find((row) => row[1] === 'Support hotline')?.[7]).toBe('-2');
  });

  it('reports progress ending at 1', async () => {
    const fractions: number[] = [];
    await renderJourneyCsv(sampleJourneyReport(), (f) => fractions.push(f));
    expect(fractions.at(-1)).toBe(1);
  });
});
