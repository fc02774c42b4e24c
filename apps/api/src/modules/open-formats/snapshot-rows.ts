import { definitionFields, FIGURE_FIELDS, takesSampleSize, type MeasurementFigures, type MetricDefinition, type MetricTarget } from '@cxmap/domain';
import type { DocumentAnnotation, DocumentMeasurement, DocumentMetric, DocumentMetricDefinition } from '@cxmap/journey-format';
import { targetOf, type AnnotationRow, type ReplyRow } from '../annotations/annotation-rows';
import type { MeasurementRow } from '../metrics/measurements.repository';
import type { AttachmentRow } from '../metrics/metric-rows';

/** Stored rows → the parts of a journey snapshot (pure). */

export function toDocumentDefinition(definition: MetricDefinition): DocumentMetricDefinition {
  return definitionFields(definition);
}

/** The raw figures of the metric's kind, and the stated sample size where the figures cannot tell it. */
export function toDocumentMeasurement(definition: MetricDefinition, row: MeasurementRow): DocumentMeasurement {
  const stored: Required<{ [K in keyof MeasurementFigures]: MeasurementFigures[K] | null }> = {
    promoters: row.promoters,
    passives: row.passives,
    detractors: row.detractors,
    ratings: row.rating_1 === null ? null : [row.rating_1, row.rating_2 ?? 0, row.rating_3 ?? 0, row.rating_4 ?? 0, row.rating_5 ?? 0],
    mean: row.mean,
    count: row.count,
    numerator: row.numerator,
    denominator: row.denominator,
    value: row.value,
    sampleSize: row.sample_size,
  };
  const figures: MeasurementFigures = {};
  const fields = [...FIGURE_FIELDS[definition.kind], ...(takesSampleSize(definition) ? (['sampleSize'] as const) : [])];
  for (const field of fields) {
    const value = stored[field];
    if (value !== null && value !== undefined) (figures as Record<string, unknown>)[field] = value;
  }
  return { period: row.period_kind, periodStart: row.period_start, dimension: row.dimension, source: row.source, ...figures };
}

export function toDocumentMetric(row: AttachmentRow, measurements: DocumentMeasurement[]): DocumentMetric {
  const on: { kind: MetricTarget; id: string } = row.touchpoint_id !== null ? { kind: 'touchpoint', id: row.touchpoint_id } : { kind: 'link', id: row.link_id ?? '' };
  return { metric: row.metric_key, on, target: row.target, warning: row.warning, isKey: row.is_key, measurements };
}

export function toDocumentAnnotation(row: AnnotationRow, replies: readonly ReplyRow[]): DocumentAnnotation {
  return {
    on: targetOf(row),
    kind: row.kind,
    severity: row.severity,
    status: row.status,
    title: row.title,
    body: row.body,
    ownerTeam: row.owner_team,
    evidence: row.evidence.map((item) => ({ kind: item.kind, text: item.text, url: item.url })),
    author: { name: row.author_name },
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    resolvedAt: row.resolved_at === null ? null : row.resolved_at.toISOString(),
    replies: replies.map((reply) => ({
      body: reply.body,
      author: { name: reply.author_name },
      createdAt: reply.created_at.toISOString(),
      updatedAt: reply.updated_at.toISOString(),
    })),
  };
}

/** A file name for a download: the journey's name in lower-case ASCII words joined by dashes. */
export function downloadSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'journey' : slug;
}
