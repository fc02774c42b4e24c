import { sampleSizeOf, type MeasurementFigures, type MeasurementSource, type MetricDefinition, type PeriodKind } from '@cxmap/domain';
import type { StoredMeasurement } from './measurements.repository';

/** A checked row as stored: the figures of its kind, nulls elsewhere, and the sample size they imply. */
export function toStoredMeasurement(
  definition: MetricDefinition,
  row: { attachmentId: string; period: PeriodKind; periodStart: string; dimension: string; source: MeasurementSource },
  figures: MeasurementFigures,
): StoredMeasurement {
  return {
    ...row,
    kind: definition.kind,
    promoters: figures.promoters ?? null,
    passives: figures.passives ?? null,
    detractors: figures.detractors ?? null,
    ratings: figures.ratings ?? [null, null, null, null, null],
    mean: figures.mean ?? null,
    count: figures.count ?? null,
    numerator: figures.numerator ?? null,
    denominator: figures.denominator ?? null,
    value: figures.value ?? null,
    sampleSize: sampleSizeOf(definition, figures),
  };
}
