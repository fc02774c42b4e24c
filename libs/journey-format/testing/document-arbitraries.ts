import {
  ANNOTATION_KINDS,
  ANNOTATION_SEVERITIES,
  ANNOTATION_STATUSES,
  BUILT_IN_METRICS,
  CHANNELS,
  EVIDENCE_KINDS,
  INTERACTIONS,
  JOURNEY_STATES,
  JOURNEY_STATUSES,
  LAYERS,
  LINK_TYPES,
  MEASUREMENT_KINDS,
  MEASUREMENT_SOURCES,
  METRIC_DIRECTIONS,
  METRIC_FAMILIES,
  METRIC_UNITS,
  PHASES,
  UNRESOLVED_STATUSES,
  formatIsoDate,
  isShareRatio,
  takesSampleSize,
  type AnnotationTargetKind,
  type MetricTarget,
  type PeriodKind,
} from '@cxmap/domain';
import fc from 'fast-check';
import type {
  DocumentAnnotation,
  DocumentLink,
  DocumentMeasurement,
  DocumentMetric,
  DocumentMetricDefinition,
  DocumentReply,
  DocumentStage,
  DocumentTouchpoint,
  JourneyDocument,
} from '../src/document/journey-document';

/**
 * Random valid journey documents for property tests: every reference resolves, figures fit their
 * metric, timestamps are whole milliseconds, texts are trimmed where the routes trim them, and no
 * two touchpoints share a place (so the canonical order never falls back to ids).
 */

const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9][A-Za-zÀ-ÿ0-9 ,.'&:#;%()-]{0,24}$/).map((text) => text.trim());
const text = fc.string({ maxLength: 60 });
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arbitrary, { nil: null });
const DAY_MS = 86_400_000;
const BASE = Date.UTC(2024, 0, 1);
const timestamp = fc.integer({ min: 0, max: 800 * DAY_MS }).map((offset) => new Date(BASE + offset).toISOString());

function pickOne<T>(values: readonly T[]): fc.Arbitrary<T> {
  return fc.constantFrom(...values);
}

interface Skeleton {
  stages: number;
  touchpoints: Array<{ stage: number; layer: (typeof LAYERS)[number] }>;
  links: Array<[number, number, (typeof LINK_TYPES)[number]]>;
}

const skeleton: fc.Arbitrary<Skeleton> = fc
  .record({ stages: fc.integer({ min: 1, max: 5 }), count: fc.integer({ min: 0, max: 10 }) })
  .chain(({ stages, count }) =>
    fc.record({
      stages: fc.constant(stages),
      touchpoints: fc.array(fc.record({ stage: fc.integer({ min: 0, max: stages - 1 }), layer: pickOne(LAYERS) }), { minLength: count, maxLength: count }),
      links:
        count < 2
          ? fc.constant<Array<[number, number, (typeof LINK_TYPES)[number]]>>([])
          : fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: count - 1 }), fc.integer({ min: 0, max: count - 1 }), pickOne(LINK_TYPES)), {
              maxLength: 8,
              selector: ([a, b, type]) => `${a}|${b}|${type}`,
            }),
    }),
  )
  .map((value) => ({ ...value, links: value.links.filter(([a, b]) => a !== b) }));

const stage = (index: number): fc.Arbitrary<DocumentStage> =>
  fc.record({ id: fc.constant(`stage-${index}`), name: word, phase: pickOne(PHASES), customerGoal: text, description: text });

const touchpoint = (index: number, stageId: string, layer: (typeof LAYERS)[number]): fc.Arbitrary<DocumentTouchpoint> =>
  fc.record({
    id: fc.constant(`tp-${index}`),
    stageId: fc.constant(stageId),
    title: word,
    description: text,
    channel: pickOne(CHANNELS),
    interaction: pickOne(INTERACTIONS),
    ownerTeam: maybe(word),
    layer: fc.constant(layer),
    emotion: maybe(fc.integer({ min: -2, max: 2 })),
    // A unique y per touchpoint: no two share a place.
    position: fc.record({ x: fc.integer({ min: -400, max: 2000 }), y: fc.constant(index * 37) }),
    reviewBy: maybe(fc.integer({ min: 0, max: 900 }).map((days) => formatIsoDate(BASE + days * DAY_MS))),
  });

const customDefinition = (index: number): fc.Arbitrary<DocumentMetricDefinition> =>
  pickOne(MEASUREMENT_KINDS).chain((kind) =>
    fc.record({
      key: fc.constant(`custom_${index}`),
      name: word,
      description: text,
      family: pickOne(METRIC_FAMILIES),
      unit: pickOne(METRIC_UNITS),
      scale: kind === 'mean' ? maybe(fc.constant({ min: 0, max: 10 })) : maybe(fc.constant({ min: -100, max: 100 })),
      direction: pickOne(METRIC_DIRECTIONS),
      kind: fc.constant(kind),
      valuePooling: kind === 'value' ? pickOne(['sum', 'mean'] as const) : fc.constant(null),
      appliesTo: fc.subarray(['touchpoint', 'link'] as MetricTarget[], { minLength: 1 }),
    }),
  );

type Definition = Pick<DocumentMetricDefinition, 'key' | 'kind' | 'unit' | 'scale' | 'direction'> & { appliesTo: readonly MetricTarget[] };

function periodStart(period: PeriodKind, step: number): string {
  const date = new Date(BASE + step * DAY_MS);
  if (period === 'day') return formatIsoDate(date.getTime());
  if (period === 'week') return formatIsoDate(BASE + step * 7 * DAY_MS); // 2024-01-01 is a Monday
  return formatIsoDate(Date.UTC(2024, step % 24, 1));
}

const count = (min: number) => fc.integer({ min, max: 5000 });
const amount = fc.double({ min: 0, max: 10_000, noNaN: true, noDefaultInfinity: true });

function figures(definition: Definition): fc.Arbitrary<Omit<DocumentMeasurement, 'period' | 'periodStart' | 'dimension' | 'source'>> {
  const sampleSize = takesSampleSize(definition) ? fc.option(count(0), { nil: undefined }) : fc.constant(undefined);
  const withSample = <T extends object>(arbitrary: fc.Arbitrary<T>) =>
    fc.tuple(arbitrary, sampleSize).map(([value, size]) => (size === undefined ? value : { ...value, sampleSize: size }));
  switch (definition.kind) {
    case 'nps':
      return fc.record({ promoters: count(1), passives: count(0), detractors: count(0) });
    case 'csat':
      return fc.tuple(count(1), fc.array(count(0), { minLength: 4, maxLength: 4 })).map(([first, rest]) => ({ ratings: [first, ...rest] }));
    case 'mean': {
      const scale = definition.scale ?? { min: 0, max: 1000 };
      return fc.record({ mean: fc.double({ min: Math.max(0, scale.min), max: scale.max, noNaN: true }), count: count(1) });
    }
    case 'ratio':
      if (isShareRatio(definition)) {
        return fc.tuple(count(1), fc.double({ min: 0, max: 1, noNaN: true })).map(([denominator, share]) => ({
          numerator: Math.floor(denominator * share),
          denominator,
        }));
      }
      return withSample(fc.record({ numerator: amount, denominator: fc.double({ min: 0.5, max: 10_000, noNaN: true }) }));
    case 'value':
      return withSample(fc.record({ value: amount }));
  }
}

function measurements(definition: Definition): fc.Arbitrary<DocumentMeasurement[]> {
  return fc
    .uniqueArray(fc.tuple(pickOne(['day', 'week', 'month'] as const), fc.integer({ min: 0, max: 30 }), pickOne(['', 'region=north'])), {
      maxLength: 3,
      selector: ([period, step, dimension]) => `${period}|${periodStart(period, step)}|${dimension}`,
    })
    .chain((keys) =>
      fc.tuple(
        ...keys.map(([period, step, dimension]) =>
          fc.tuple(figures(definition), pickOne(MEASUREMENT_SOURCES)).map(([values, source]) => ({
            period,
            periodStart: periodStart(period, step),
            dimension,
            source,
            ...values,
          })),
        ),
      ),
    );
}

function metric(definition: Definition, on: { kind: MetricTarget; id: string }): fc.Arbitrary<DocumentMetric> {
  return fc
    .record({ a: fc.integer({ min: -1000, max: 1000 }), b: fc.integer({ min: -1000, max: 1000 }), isKey: fc.boolean(), measurements: measurements(definition) })
    .map(({ a, b, isKey, measurements: rows }) => {
      const [high, low] = a >= b ? [a, b] : [b, a];
      const [target, warning] = definition.direction === 'higher' ? [high, low] : [low, high];
      return { metric: definition.key, on, target, warning, isKey, measurements: rows };
    });
}

const reply: fc.Arbitrary<DocumentReply> = fc
  .record({ body: word, author: fc.record({ name: word }), createdAt: timestamp, updatedAt: timestamp })
  .map((value) => ({ body: value.body, author: value.author, createdAt: value.createdAt, updatedAt: value.updatedAt }));

function annotation(on: { kind: AnnotationTargetKind; id: string }): fc.Arbitrary<DocumentAnnotation> {
  return fc
    .record({
      kind: pickOne(ANNOTATION_KINDS),
      severity: pickOne(ANNOTATION_SEVERITIES),
      status: pickOne(ANNOTATION_STATUSES),
      title: word,
      body: text,
      ownerTeam: maybe(word),
      evidence: fc.array(
        fc.record({
          kind: pickOne(EVIDENCE_KINDS),
          text: word,
          url: maybe(fc.constantFrom('https://example.com/ticket/1', 'http://example.org/survey?id=7')),
        }),
        { maxLength: 2 },
      ),
      author: fc.record({ name: word }),
      createdAt: timestamp,
      updatedAt: timestamp,
      resolvedAt: timestamp,
      replies: fc.array(reply, { maxLength: 2 }),
    })
    .map((value) => ({
      on,
      kind: value.kind,
      severity: value.kind === 'pain_point' ? value.severity : null,
      status: value.status,
      title: value.title,
      body: value.body,
      ownerTeam: value.ownerTeam,
      evidence: value.evidence,
      author: value.author,
      createdAt: value.createdAt,
      updatedAt: value.updatedAt,
      resolvedAt: UNRESOLVED_STATUSES.includes(value.status) ? null : value.resolvedAt,
      replies: value.replies,
    }));
}

/** A random valid CXMap journey document: stages, touchpoints, links, metrics of every kind with measurements, annotations with replies. */
export const journeyDocumentArbitrary: fc.Arbitrary<JourneyDocument> = skeleton.chain((shape) => {
  const stageIds = Array.from({ length: shape.stages }, (_, index) => `stage-${index}`);
  const touchpointIds = shape.touchpoints.map((_, index) => `tp-${index}`);
  const links: DocumentLink[] = shape.links.map(([a, b, type], index) => ({
    id: `link-${index}`,
    sourceId: touchpointIds[a] ?? '',
    targetId: touchpointIds[b] ?? '',
    type,
    label: index % 2 === 0 ? null : `Label ${index}`,
  }));
  const targets: Array<{ kind: AnnotationTargetKind; id: string }> = [
    ...stageIds.map((id) => ({ kind: 'stage' as const, id })),
    ...touchpointIds.map((id) => ({ kind: 'touchpoint' as const, id })),
    ...links.map((link) => ({ kind: 'link' as const, id: link.id })),
  ];
  const metricTargets = targets.filter((target): target is { kind: MetricTarget; id: string } => target.kind !== 'stage');
  return fc
    .record({
      journey: fc.record({ name: word, description: text, state: pickOne(JOURNEY_STATES), status: pickOne(JOURNEY_STATUSES) }),
      persona: maybe(fc.record({ name: word, description: text, goals: text, frustrations: text })),
      stages: fc.tuple(...stageIds.map((_, index) => stage(index))),
      touchpoints: fc.tuple(...shape.touchpoints.map((tp, index) => touchpoint(index, stageIds[tp.stage] ?? '', tp.layer))),
      metricDefinitions: fc.integer({ min: 0, max: 2 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, index) => customDefinition(index)))),
      exportedAt: timestamp,
    })
    .chain((parts) => {
      const definitions: Definition[] = [...BUILT_IN_METRICS, ...parts.metricDefinitions];
      const pairs = metricTargets.flatMap((on) => definitions.filter((d) => d.appliesTo.includes(on.kind)).map((definition) => ({ on, definition })));
      const chosenMetrics =
        pairs.length === 0
          ? fc.constant<DocumentMetric[]>([])
          : fc
              .uniqueArray(fc.integer({ min: 0, max: pairs.length - 1 }), { maxLength: 4 })
              .chain((picked) => fc.tuple(...picked.map((index) => metric(pairs[index].definition, pairs[index].on))));
      return fc
        .record({ metrics: chosenMetrics, annotations: fc.array(fc.constantFrom(...targets), { maxLength: 4 }).chain((on) => fc.tuple(...on.map(annotation))) })
        .map(
          ({ metrics, annotations }): JourneyDocument => ({
            format: 'cxmap.journey',
            version: 1,
            exportedAt: parts.exportedAt,
            journey: parts.journey,
            persona: parts.persona,
            stages: parts.stages,
            touchpoints: parts.touchpoints,
            links,
            // Only the definitions a metric uses travel (what an export writes).
            metricDefinitions: parts.metricDefinitions.filter((definition) => metrics.some((m) => m.metric === definition.key)),
            metrics,
            annotations,
          }),
        );
    });
});
