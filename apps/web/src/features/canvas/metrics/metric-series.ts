import {
  poolFigures,
  scoreOf,
  type IsoDate,
  type MeasurementDto,
  type MeasurementFigures,
  type MeasurementTotals,
  type MetricDefinition,
  type PeriodKind,
} from '@cxmap/domain';

type Definition = Pick<MetricDefinition, 'kind' | 'unit' | 'valuePooling'>;

export interface SeriesPoint {
  periodStart: IsoDate;
  score: number | null;
  totals: MeasurementTotals;
}

function figuresOf(row: MeasurementDto): MeasurementFigures {
  return { ...row, sampleSize: row.sampleSize ?? undefined };
}

/**
 * One point per period of `kind`, oldest first: the rows of every dimension slice pooled from their
 * raw figures (the same formula as the API's latest score and rollups), never an average of scores.
 */
export function periodSeries(definition: Definition, rows: readonly MeasurementDto[], kind: PeriodKind): SeriesPoint[] {
  const byPeriod = new Map<IsoDate, MeasurementDto[]>();
  for (const row of rows) {
    if (row.period !== kind) continue;
    const list = byPeriod.get(row.periodStart);
    if (list) list.push(row);
    else byPeriod.set(row.periodStart, [row]);
  }
  return [...byPeriod.keys()].sort().map((periodStart) => {
    const totals = poolFigures(definition, (byPeriod.get(periodStart) ?? []).map(figuresOf));
    return { periodStart, score: scoreOf(definition, totals), totals };
  });
}

const count = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const amount = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** The raw figures behind a period's score, short: "P 412 · Pa 120 · D 88", "mean 4.21 · n 380", "96 / 380". */
export function rawFigures(definition: Pick<MetricDefinition, 'kind' | 'valuePooling'>, totals: MeasurementTotals): string {
  switch (definition.kind) {
    case 'nps':
      return `P ${count.format(totals.promoters)} · Pa ${count.format(totals.passives)} · D ${count.format(totals.detractors)}`;
    case 'csat':
      return totals.ratings.map((n, i) => `${i + 1}★ ${count.format(n)}`).join(' · ');
    case 'mean':
      return `mean ${amount.format(totals.count === 0 ? 0 : totals.weightedSum / totals.count)} · n ${count.format(totals.count)}`;
    case 'ratio':
      return `${amount.format(totals.numerator)} / ${amount.format(totals.denominator)}`;
    case 'value': {
      const rows = totals.rows > 1 ? ` (${totals.rows} rows, ${definition.valuePooling === 'mean' ? 'averaged' : 'summed'})` : '';
      return `value ${amount.format(totals.value)}${rows}`;
    }
  }
}
