import { BUILT_IN_METRICS, type MeasurementTargets, type MetricDefinition } from '@cxmap/domain';
import { describe, expect, it } from 'vitest';
import { checkMeasurementCsv, parseMeasurementCsv } from './measurement-csv';

const definitions = new Map<string, MetricDefinition>(BUILT_IN_METRICS.map((definition) => [definition.key, definition]));

const targets: MeasurementTargets = {
  touchpoints: [
    { id: 't1', title: 'Checkout' },
    { id: 't2', title: 'Phone support' },
    { id: 't3', title: 'Phone  Support ' },
    { id: 't4', title: 'Chatbot' },
  ],
  links: [{ id: 'l1', sourceId: 't4', targetId: 't1' }],
  attachments: [
    { id: 'a-csat', metric: 'csat', touchpointId: 't1', linkId: null },
    { id: 'a-nps', metric: 'nps', touchpointId: 't1', linkId: null },
    { id: 'a-phone', metric: 'csat', touchpointId: 't2', linkId: null },
    { id: 'a-link', metric: 'transfer_rate', touchpointId: null, linkId: 'l1' },
  ],
};

function check(csv: string) {
  return checkMeasurementCsv(parseMeasurementCsv(csv), targets, definitions).map((line) => line.preview);
}

describe('parseMeasurementCsv', () => {
  it('reads a line per measurement, with its figures and line number', () => {
    const parsed = parseMeasurementCsv(
      '\uFEFFTouchpoint,Metric,Period,Period start,Rating 1,rating_2,rating_3,rating_4,rating_5\n\nCheckout,CSAT,month,2026-01-01,1,,3,10,20\n',
    );
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.lines).toHaveLength(1);
    expect(parsed.lines[0]).toMatchObject({
      line: 3,
      errors: [],
      row: { touchpoint: 'Checkout', metric: 'csat', period: 'month', periodStart: '2026-01-01', ratings: [1, 0, 3, 10, 20], source: 'csv' },
    });
  });

  it('reads semicolons and quoted cells holding line breaks', () => {
    const parsed = parseMeasurementCsv('touchpoint;metric;period;period_start;value\n"Multi\nline";incident_volume;month;2026-01-01;12.5\nX;incident_volume;month;2026-02-01;3');
    expect(parsed.lines.map((line) => [line.line, line.row.touchpoint, line.row.value])).toEqual([
      [2, 'Multi\nline', 12.5],
      [4, 'X', 3],
    ]);
  });

  it('refuses a file without the needed columns, naming them', () => {
    expect(parseMeasurementCsv('touchpoint,colour\nCheckout,red').fileErrors).toEqual([
      "Unknown column 'colour'. Columns: touchpoint, link, attachment_id, metric, period, period_start, dimension, promoters, passives, detractors, rating_1, rating_2, rating_3, rating_4, rating_5, mean, count, numerator, denominator, value, sample_size.",
      'The column metric is missing.',
      'The column period is missing.',
      'The column period_start is missing.',
    ]);
    expect(parseMeasurementCsv('').fileErrors).toEqual(['The file is empty: it needs a header line and one line per measurement.']);
  });

  it('refuses more lines than one batch', () => {
    const csv = ['touchpoint,metric,period,period_start,value', ...Array.from({ length: 1001 }, () => 'A,b,month,2026-01-01,1')].join('\n');
    expect(parseMeasurementCsv(csv)).toMatchObject({ tooManyLines: true, lines: [] });
  });
});

describe('checkMeasurementCsv', () => {
  it('resolves titles (case and spaces aside), links and ids, and computes the score', () => {
    const lines = check(
      [
        'touchpoint,link,attachment_id,metric,period,period_start,promoters,passives,detractors,numerator,denominator',
        ' checkout ,,,nps,month,2026-01-01,50,30,20,,',
        ',Chatbot -> Checkout,,transfer_rate,week,2026-01-05,,,,30,100',
        ',,a-csat,,day,2026-01-07,,,,,',
      ].join('\n'),
    );
    expect(lines[0]).toMatchObject({ status: 'ok', target: 'Checkout', attachmentId: 'a-nps', metric: 'nps', score: 30, sampleSize: 100 });
    expect(lines[1]).toMatchObject({ status: 'ok', target: 'Chatbot -> Checkout', on: 'link', score: 30 });
    expect(lines[2]).toMatchObject({ status: 'error', attachmentId: 'a-csat', errors: [{ field: 'rating_1', message: 'required for csat (a csat metric)' }] });
  });

  it('names every problem of a line by its column', () => {
    const lines = check(
      [
        'touchpoint,metric,period,period_start,promoters,passives,detractors,mean',
        'Phone support,csat,month,2026-01-01,,,,',
        'Nowhere,nps,month,2026-01-01,1,1,1,',
        'Checkout,nps,fortnight,2026-01-01,1,1,1,',
        'Checkout,nps,week,2026-01-01,1,x,1,',
        'Checkout,nps,month,2026-01-01,1,1,1,4',
        'Checkout,ces,month,2026-01-01,,,,4',
        'Checkout,nps,month,2026-01-01,2,2,2,',
      ].join('\n'),
    );
    expect(lines.map((line) => [line.line, line.errors])).toEqual([
      [2, [{ field: 'touchpoint', message: "2 touchpoints are called 'Phone support'; use attachment_id" }]],
      [3, [{ field: 'touchpoint', message: "no touchpoint is called 'Nowhere'" }]],
      [4, [{ field: 'period', message: "'fortnight' is not day, week or month" }]],
      [5, [{ field: 'passives', message: "'x' is not a number (write 1234.5, without thousands separators)" }, { field: 'period_start', message: 'a week starts on a Monday' }]],
      [6, [{ field: 'mean', message: 'not used by nps (a nps metric)' }]],
      [7, [{ field: 'metric', message: "ces is not attached to 'Checkout'; attach it on the canvas first" }]],
      [8, [{ field: 'line', message: 'same target, metric, period and dimension as line 6' }]],
    ]);
    expect(lines.every((line) => line.status === 'error' && line.score === null)).toBe(true);
  });

  it('asks for one target per line, and a metric with a title', () => {
    const lines = check(['touchpoint,attachment_id,metric,period,period_start,value', 'Checkout,a-csat,csat,month,2026-01-01,1', 'Checkout,,,month,2026-01-01,1', ',,,month,2026-01-01,1'].join('\n'));
    expect(lines.map((line) => line.errors[0]?.message)).toEqual([
      'name one target only: touchpoint, link or attachment_id',
      'required with touchpoint or link (a metric key, e.g. csat)',
      'name the target: touchpoint, link or attachment_id',
    ]);
  });
});
