import { LAYERS, type AnnotationTargetKind, type MetricTarget } from '@cxmap/domain';
import { sortedStages, type GraphContent } from '../graph';
import {
  JOURNEY_DOCUMENT_FORMAT,
  JOURNEY_DOCUMENT_VERSION,
  type DocumentAnnotation,
  type DocumentJourney,
  type DocumentMeasurement,
  type DocumentMetric,
  type DocumentMetricDefinition,
  type DocumentPersona,
  type JourneyDocument,
} from './journey-document';

/**
 * A stored journey as the exporter reads it: the graph with its stored ids, and metrics and
 * annotations pointing at those ids.
 */
export interface JourneySnapshot {
  journey: DocumentJourney;
  persona: DocumentPersona | null;
  graph: GraphContent;
  /** Review-by dates (YYYY-MM-DD) by touchpoint id. */
  reviewBy: Readonly<Record<string, string>>;
  /** Custom definitions of the workspace (those the metrics use are written). */
  customDefinitions: readonly DocumentMetricDefinition[];
  metrics: readonly DocumentMetric[];
  annotations: readonly DocumentAnnotation[];
}

const LAYER_ORDER = new Map(LAYERS.map((layer, index) => [layer, index]));

/**
 * The journey document of a snapshot. The output is canonical: stages in column order,
 * touchpoints by stage, lane, top to bottom, left to right; everything else by what it is on, then
 * its own content; ids are the document's own (`s1`, `t1`, `l1`… in that order). Exporting an
 * imported document gives it back unchanged (but for `exportedAt`).
 */
export function toJourneyDocument(snapshot: JourneySnapshot, exportedAt: Date): JourneyDocument {
  const stages = sortedStages(snapshot.graph.stages);
  const stageIndex = new Map(stages.map((stage, index) => [stage.id, index]));
  const touchpoints = [...snapshot.graph.touchpoints].sort(
    (a, b) =>
      (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
      (LAYER_ORDER.get(a.layer) ?? 0) - (LAYER_ORDER.get(b.layer) ?? 0) ||
      a.position.y - b.position.y ||
      a.position.x - b.position.x ||
      compare(a.title, b.title) ||
      compare(a.id, b.id),
  );
  const touchpointIndex = new Map(touchpoints.map((touchpoint, index) => [touchpoint.id, index]));
  const links = [...snapshot.graph.links].sort(
    (a, b) =>
      (touchpointIndex.get(a.sourceId) ?? 0) - (touchpointIndex.get(b.sourceId) ?? 0) ||
      (touchpointIndex.get(a.targetId) ?? 0) - (touchpointIndex.get(b.targetId) ?? 0) ||
      compare(a.type, b.type) ||
      compare(a.label ?? '', b.label ?? '') ||
      compare(a.id, b.id),
  );
  const linkIndex = new Map(links.map((link, index) => [link.id, index]));

  const docId: Record<AnnotationTargetKind, (id: string) => string> = {
    stage: (id) => `s${(stageIndex.get(id) ?? -1) + 1}`,
    touchpoint: (id) => `t${(touchpointIndex.get(id) ?? -1) + 1}`,
    link: (id) => `l${(linkIndex.get(id) ?? -1) + 1}`,
  };
  const rank = (on: { kind: AnnotationTargetKind; id: string }): [number, number] => [
    ['stage', 'touchpoint', 'link'].indexOf(on.kind),
    (on.kind === 'stage' ? stageIndex : on.kind === 'touchpoint' ? touchpointIndex : linkIndex).get(on.id) ?? -1,
  ];
  const byTarget = (a: { kind: AnnotationTargetKind; id: string }, b: { kind: AnnotationTargetKind; id: string }): number => {
    const [ak, ai] = rank(a);
    const [bk, bi] = rank(b);
    return ak - bk || ai - bi;
  };

  const metrics = [...snapshot.metrics]
    .sort((a, b) => byTarget(a.on, b.on) || compare(a.metric, b.metric))
    .map(
      (metric): DocumentMetric => ({
        metric: metric.metric,
        on: { kind: metric.on.kind, id: docId[metric.on.kind](metric.on.id) } as { kind: MetricTarget; id: string },
        target: metric.target,
        warning: metric.warning,
        isKey: metric.isKey,
        measurements: [...metric.measurements].sort(byPeriod).map(measurementFields),
      }),
    );
  const used = new Set(metrics.map((metric) => metric.metric));
  const annotations = [...snapshot.annotations]
    .sort((a, b) => compare(a.createdAt, b.createdAt) || byTarget(a.on, b.on) || compare(a.title, b.title) || compare(a.body, b.body))
    .map(
      (annotation): DocumentAnnotation => ({
        on: { kind: annotation.on.kind, id: docId[annotation.on.kind](annotation.on.id) },
        kind: annotation.kind,
        severity: annotation.severity,
        status: annotation.status,
        title: annotation.title,
        body: annotation.body,
        ownerTeam: annotation.ownerTeam,
        evidence: annotation.evidence.map((item) => ({ kind: item.kind, text: item.text, url: item.url })),
        author: { name: annotation.author.name },
        createdAt: annotation.createdAt,
        updatedAt: annotation.updatedAt,
        resolvedAt: annotation.resolvedAt,
        replies: [...annotation.replies]
          .sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.body, b.body))
          .map((reply) => ({ body: reply.body, author: { name: reply.author.name }, createdAt: reply.createdAt, updatedAt: reply.updatedAt })),
      }),
    );

  return {
    format: JOURNEY_DOCUMENT_FORMAT,
    version: JOURNEY_DOCUMENT_VERSION,
    exportedAt: exportedAt.toISOString(),
    journey: { ...snapshot.journey },
    persona: snapshot.persona && { ...snapshot.persona },
    stages: stages.map((stage) => ({
      id: docId.stage(stage.id),
      name: stage.name,
      phase: stage.phase,
      customerGoal: stage.customerGoal,
      description: stage.description,
    })),
    touchpoints: touchpoints.map((touchpoint) => ({
      id: docId.touchpoint(touchpoint.id),
      stageId: docId.stage(touchpoint.stageId),
      title: touchpoint.title,
      description: touchpoint.description,
      channel: touchpoint.channel,
      interaction: touchpoint.interaction,
      ownerTeam: touchpoint.ownerTeam,
      layer: touchpoint.layer,
      emotion: touchpoint.emotion,
      position: { x: touchpoint.position.x, y: touchpoint.position.y },
      reviewBy: snapshot.reviewBy[touchpoint.id] ?? null,
    })),
    links: links.map((link) => ({
      id: docId.link(link.id),
      sourceId: docId.touchpoint(link.sourceId),
      targetId: docId.touchpoint(link.targetId),
      type: link.type,
      label: link.label,
    })),
    metricDefinitions: snapshot.customDefinitions
      .filter((definition) => used.has(definition.key))
      .sort((a, b) => compare(a.key, b.key))
      .map((definition) => ({
        key: definition.key,
        name: definition.name,
        description: definition.description,
        family: definition.family,
        unit: definition.unit,
        scale: definition.scale && { min: definition.scale.min, max: definition.scale.max },
        direction: definition.direction,
        kind: definition.kind,
        valuePooling: definition.valuePooling,
        appliesTo: [...definition.appliesTo],
      })),
    metrics,
    annotations,
  };
}

const PERIOD_ORDER = { day: 0, week: 1, month: 2 } as const;

function byPeriod(a: DocumentMeasurement, b: DocumentMeasurement): number {
  return compare(a.periodStart, b.periodStart) || PERIOD_ORDER[a.period] - PERIOD_ORDER[b.period] || compare(a.dimension, b.dimension);
}

/** The measurement's fields in a fixed order, figures left out when absent. */
function measurementFields(measurement: DocumentMeasurement): DocumentMeasurement {
  const { period, periodStart, dimension, source, ...figures } = measurement;
  const out: DocumentMeasurement = { period, periodStart, dimension, source };
  for (const key of FIGURE_ORDER) {
    const value = figures[key];
    if (value !== undefined && value !== null) (out as unknown as Record<string, unknown>)[key] = Array.isArray(value) ? [...value] : value;
  }
  return out;
}

const FIGURE_ORDER = ['promoters', 'passives', 'detractors', 'ratings', 'mean', 'count', 'numerator', 'denominator', 'value', 'sampleSize'] as const;

/** Code-point order: the same in every runtime (no locale). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
