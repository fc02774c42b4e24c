import {
  ANNOTATION_KINDS,
  ANNOTATION_LIMITS,
  ANNOTATION_SEVERITIES,
  ANNOTATION_STATUSES,
  ANNOTATION_TARGET_KINDS,
  CHANNELS,
  EMOTION_MAX,
  EMOTION_MIN,
  EVIDENCE_KINDS,
  FIGURE_COUNT_MAX,
  FIGURE_VALUE_MAX,
  INTERACTIONS,
  JOURNEY_STATES,
  JOURNEY_STATUSES,
  LAYERS,
  LIMITS,
  LINK_TYPES,
  MEASUREMENT_KINDS,
  MEASUREMENT_SOURCES,
  METRIC_DIRECTIONS,
  METRIC_FAMILIES,
  METRIC_KEY_MAX,
  METRIC_LIMITS,
  METRIC_TARGETS,
  METRIC_UNITS,
  PERIOD_KINDS,
  PHASES,
  VALUE_POOLINGS,
  type EvidenceItem,
  type MeasurementFigures,
} from '@cxmap/domain';
import type { JsonValue } from '../ojf/json-lines';
import {
  DOCUMENT_LIMITS,
  JOURNEY_DOCUMENT_FORMAT,
  JOURNEY_DOCUMENT_VERSION,
  type DocumentAnnotation,
  type DocumentAuthor,
  type DocumentLink,
  type DocumentMeasurement,
  type DocumentMetric,
  type DocumentMetricDefinition,
  type DocumentPersona,
  type DocumentReply,
  type DocumentStage,
  type DocumentTouchpoint,
  type JourneyDocument,
} from './journey-document';
import { childPath, JsonReader, type JsonObject } from './json-reader';

/** `2026-03-01T09:30:00.000Z`: UTC, seconds, optional fraction. */
export const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const KEYS = {
  root: ['format', 'version', 'exportedAt', 'journey', 'persona', 'stages', 'touchpoints', 'links', 'metricDefinitions', 'metrics', 'annotations'],
  journey: ['name', 'description', 'state', 'status'],
  persona: ['name', 'description', 'goals', 'frustrations'],
  stage: ['id', 'name', 'phase', 'customerGoal', 'description'],
  touchpoint: ['id', 'stageId', 'title', 'description', 'channel', 'interaction', 'ownerTeam', 'layer', 'emotion', 'position', 'reviewBy'],
  position: ['x', 'y'],
  link: ['id', 'sourceId', 'targetId', 'type', 'label'],
  definition: ['key', 'name', 'description', 'family', 'unit', 'scale', 'direction', 'kind', 'valuePooling', 'appliesTo'],
  scale: ['min', 'max'],
  metric: ['metric', 'on', 'target', 'warning', 'isKey', 'measurements'],
  ref: ['kind', 'id'],
  measurement: [
    'period',
    'periodStart',
    'dimension',
    'source',
    'promoters',
    'passives',
    'detractors',
    'ratings',
    'mean',
    'count',
    'numerator',
    'denominator',
    'value',
    'sampleSize',
  ],
  annotation: ['on', 'kind', 'severity', 'status', 'title', 'body', 'ownerTeam', 'evidence', 'author', 'createdAt', 'updatedAt', 'resolvedAt', 'replies'],
  evidence: ['kind', 'text', 'url'],
  author: ['name'],
  reply: ['body', 'author', 'createdAt', 'updatedAt'],
} as const;

const COUNT = { min: 0, max: FIGURE_COUNT_MAX, integer: true };
const AMOUNT = { min: 0, max: FIGURE_VALUE_MAX };
const COORDINATE = { min: -LIMITS.coordinateMax, max: LIMITS.coordinateMax };
const THRESHOLD = { min: -METRIC_LIMITS.thresholdMax, max: METRIC_LIMITS.thresholdMax };

/**
 * The shape of a journey document, field by field (the JSON Schema says the same): every required
 * field present with its type, enum, length and range, and no unknown field. Cross-references and
 * cross-field rules are `checkJourneyDocument`'s. Returns the typed document, or null with `reader.issues`.
 */
export function readJourneyDocument(root: JsonValue, reader: JsonReader): JourneyDocument | null {
  const r = reader;
  const doc = r.object(root, '', KEYS.root);
  if (!doc) return null;
  const format = r.constant(doc, 'format', '', JOURNEY_DOCUMENT_FORMAT);
  const version = format === null ? null : r.constant(doc, 'version', '', JOURNEY_DOCUMENT_VERSION);
  // Anything else would be guessing at another format's fields.
  if (format === null || version === null) return null;
  const exportedAt = timestamp(r, doc, 'exportedAt', '');

  const journeyObject = r.object(doc['journey'], 'journey', KEYS.journey);
  const journeyBefore = r.issues.length;
  const journey = journeyObject && {
    name: r.string(journeyObject, 'name', 'journey', LIMITS.nameMax, true),
    description: r.string(journeyObject, 'description', 'journey', LIMITS.descriptionMax),
    state: r.oneOf(journeyObject, 'state', 'journey', JOURNEY_STATES),
    status: r.oneOf(journeyObject, 'status', 'journey', JOURNEY_STATUSES),
  };
  const persona = doc['persona'] === null ? null : readPersona(r, doc['persona']);

  const stages = list(r, doc, 'stages', DOCUMENT_LIMITS.stagesMax, (value, path): DocumentStage | null => {
    const o = r.object(value, path, KEYS.stage);
    if (!o) return null;
  const before = r.issues.length;
    return complete(r, before, {
      id: id(r, o, 'id', path),
      name: r.string(o, 'name', path, LIMITS.nameMax, true),
      phase: r.oneOf(o, 'phase', path, PHASES),
      customerGoal: r.string(o, 'customerGoal', path, LIMITS.descriptionMax),
      description: r.string(o, 'description', path, LIMITS.descriptionMax),
    });
  });
  const touchpoints = list(r, doc, 'touchpoints', DOCUMENT_LIMITS.touchpointsMax, (value, path) => readTouchpoint(r, value, path));
  const links = list(r, doc, 'links', DOCUMENT_LIMITS.linksMax, (value, path): DocumentLink | null => {
    const o = r.object(value, path, KEYS.link);
    if (!o) return null;
  const before = r.issues.length;
    return complete(r, before, {
      id: id(r, o, 'id', path),
      sourceId: id(r, o, 'sourceId', path),
      targetId: id(r, o, 'targetId', path),
      type: r.oneOf(o, 'type', path, LINK_TYPES),
      label: r.nullableString(o, 'label', path, LIMITS.labelMax),
    });
  });
  const metricDefinitions = list(r, doc, 'metricDefinitions', DOCUMENT_LIMITS.metricDefinitionsMax, (value, path) =>
    readDefinition(r, value, path),
  );
  const metrics = list(r, doc, 'metrics', DOCUMENT_LIMITS.metricsMax, (value, path) => readMetric(r, value, path));
  const annotations = list(r, doc, 'annotations', DOCUMENT_LIMITS.annotationsMax, (value, path) => readAnnotation(r, value, path));

  const journeyRead = journey && complete<JourneyDocument['journey']>(r, journeyBefore, journey);
  if (r.issues.length > 0 || !journeyRead || exportedAt === null || persona === undefined) return null;
  if (!stages || !touchpoints || !links || !metricDefinitions || !metrics || !annotations) return null;
  return {
    format,
    version,
    exportedAt,
    journey: journeyRead,
    persona,
    stages,
    touchpoints,
    links,
    metricDefinitions,
    metrics,
    annotations,
  };
}

type Loose<T> = { [K in keyof T]: T[K] | null | undefined };

/**
 * The object read since `before` issues, or null when any of its fields was reported: a bad field
 * always adds an issue, so a null here is never a legitimate null.
 */
function complete<T extends object>(r: JsonReader, before: number, fields: Loose<T>): T | null {
  return r.issues.length === before ? (fields as T) : null;
}

function list<T>(r: JsonReader, doc: JsonObject, key: string, max: number, item: (value: JsonValue, path: string) => T | null): T[] | null {
  const values = r.array(doc, key, '', max);
  if (!values) return null;
  const items = values.map((value, index) => item(value, childPath(key, index)));
  return items.every((value): value is T => value !== null) ? items : null;
}

function id(r: JsonReader, o: JsonObject, key: string, path: string): string | null {
  return r.string(o, key, path, DOCUMENT_LIMITS.idMax, true);
}

function timestamp(r: JsonReader, o: JsonObject, key: string, path: string): string | null {
  const value = r.string(o, key, path, 40);
  if (value === null) return null;
  if (!TIMESTAMP_PATTERN.test(value) || Number.isNaN(Date.parse(value))) {
    return r.fail(childPath(path, key), 'must be a UTC date and time, e.g. 2026-03-01T09:30:00.000Z');
  }
  return value;
}

function date(r: JsonReader, o: JsonObject, key: string, path: string): string | null {
  const value = r.string(o, key, path, 10);
  if (value !== null && !DATE_PATTERN.test(value)) return r.fail(childPath(path, key), 'must be a date, YYYY-MM-DD');
  return value;
}

function readPersona(r: JsonReader, value: JsonValue | undefined): DocumentPersona | undefined {
  const o = r.object(value, 'persona', KEYS.persona);
  if (!o) return undefined;
  const before = r.issues.length;
  return (
    complete(r, before, {
      name: r.string(o, 'name', 'persona', LIMITS.nameMax, true),
      description: r.string(o, 'description', 'persona', LIMITS.descriptionMax),
      goals: r.string(o, 'goals', 'persona', LIMITS.descriptionMax),
      frustrations: r.string(o, 'frustrations', 'persona', LIMITS.descriptionMax),
    }) ?? undefined
  );
}

function readTouchpoint(r: JsonReader, value: JsonValue, path: string): DocumentTouchpoint | null {
  const o = r.object(value, path, KEYS.touchpoint);
  if (!o) return null;
  const before = r.issues.length;
  const positionPath = childPath(path, 'position');
  const positionObject = r.object(o['position'], positionPath, KEYS.position);
  const position = positionObject && complete(r, before, { x: r.number(positionObject, 'x', positionPath, COORDINATE), y: r.number(positionObject, 'y', positionPath, COORDINATE) });
  const emotion = o['emotion'] === null ? null : r.number(o, 'emotion', path, { min: EMOTION_MIN, max: EMOTION_MAX, integer: true });
  const reviewBy = o['reviewBy'] === null ? null : date(r, o, 'reviewBy', path);
  return complete(r, before, {
    id: id(r, o, 'id', path),
    stageId: id(r, o, 'stageId', path),
    title: r.string(o, 'title', path, LIMITS.titleMax, true),
    description: r.string(o, 'description', path, LIMITS.descriptionMax),
    channel: r.oneOf(o, 'channel', path, CHANNELS),
    interaction: r.oneOf(o, 'interaction', path, INTERACTIONS),
    ownerTeam: r.nullableString(o, 'ownerTeam', path, LIMITS.ownerTeamMax),
    layer: r.oneOf(o, 'layer', path, LAYERS),
    emotion,
    position,
    reviewBy,
  });
}

function readDefinition(r: JsonReader, value: JsonValue, path: string): DocumentMetricDefinition | null {
  const o = r.object(value, path, KEYS.definition);
  if (!o) return null;
  const before = r.issues.length;
  let scale: DocumentMetricDefinition['scale'] | undefined = null;
  if (o['scale'] !== null) {
    const scalePath = childPath(path, 'scale');
    const scaleObject = r.object(o['scale'], scalePath, KEYS.scale);
    scale = (scaleObject && complete(r, before, { min: r.number(scaleObject, 'min', scalePath, THRESHOLD), max: r.number(scaleObject, 'max', scalePath, THRESHOLD) })) ?? undefined;
  }
  const appliesTo = r.array(o, 'appliesTo', path, METRIC_TARGETS.length);
  const targets = appliesTo?.map((target, index) => {
    if (typeof target === 'string' && (METRIC_TARGETS as readonly string[]).includes(target)) return target as (typeof METRIC_TARGETS)[number];
    return r.fail(childPath(childPath(path, 'appliesTo'), index), `must be one of ${METRIC_TARGETS.join(', ')}`);
  });
  return complete(r, before, {
    key: r.string(o, 'key', path, METRIC_KEY_MAX, true),
    name: r.string(o, 'name', path, LIMITS.nameMax, true),
    description: r.string(o, 'description', path, LIMITS.descriptionMax),
    family: r.oneOf(o, 'family', path, METRIC_FAMILIES),
    unit: r.oneOf(o, 'unit', path, METRIC_UNITS),
    scale,
    direction: r.oneOf(o, 'direction', path, METRIC_DIRECTIONS),
    kind: r.oneOf(o, 'kind', path, MEASUREMENT_KINDS),
    valuePooling: o['valuePooling'] === null ? null : (r.oneOf(o, 'valuePooling', path, VALUE_POOLINGS) ?? undefined),
    appliesTo: targets && targets.every((t) => t !== null) ? (targets as DocumentMetricDefinition['appliesTo']) : undefined,
  });
}

function readRef<K extends string>(r: JsonReader, o: JsonObject, path: string, kinds: readonly K[]): { kind: K; id: string } | null {
  const refPath = childPath(path, 'on');
  const ref = r.object(o['on'], refPath, KEYS.ref);
  const before = r.issues.length;
  return ref && complete(r, before, { kind: r.oneOf(ref, 'kind', refPath, kinds), id: id(r, ref, 'id', refPath) });
}

function readMetric(r: JsonReader, value: JsonValue, path: string): DocumentMetric | null {
  const o = r.object(value, path, KEYS.metric);
  if (!o) return null;
  const before = r.issues.length;
  const measurementsPath = childPath(path, 'measurements');
  const values = r.array(o, 'measurements', path, DOCUMENT_LIMITS.measurementsMax);
  const measurements = values?.map((item, index) => readMeasurement(r, item, childPath(measurementsPath, index)));
  return complete(r, before, {
    metric: r.string(o, 'metric', path, METRIC_KEY_MAX, true),
    on: readRef(r, o, path, METRIC_TARGETS),
    target: r.number(o, 'target', path, THRESHOLD),
    warning: r.number(o, 'warning', path, THRESHOLD),
    isKey: r.boolean(o, 'isKey', path),
    measurements: measurements && measurements.every((m) => m !== null) ? (measurements as DocumentMeasurement[]) : undefined,
  });
}

const COUNT_FIELDS = ['promoters', 'passives', 'detractors', 'count', 'sampleSize'] as const;
const AMOUNT_FIELDS = ['mean', 'numerator', 'denominator', 'value'] as const;

function readMeasurement(r: JsonReader, value: JsonValue, path: string): DocumentMeasurement | null {
  const o = r.object(value, path, KEYS.measurement);
  if (!o) return null;
  const before = r.issues.length;
  const figures: MeasurementFigures = {};
  for (const field of COUNT_FIELDS) {
    if (o[field] === undefined) continue;
    const read = r.number(o, field, path, COUNT);
    if (read !== null) figures[field] = read;
  }
  for (const field of AMOUNT_FIELDS) {
    if (o[field] === undefined) continue;
    const read = r.number(o, field, path, AMOUNT);
    if (read !== null) figures[field] = read;
  }
  if (o['ratings'] !== undefined) {
    const ratings = r.array(o, 'ratings', path, 5);
    const ratingsPath = childPath(path, 'ratings');
    if (ratings && ratings.length !== 5) r.fail(ratingsPath, 'must hold 5 counts, for ratings 1 to 5');
    else if (ratings) {
      const counts = ratings.map((rating, index) =>
        typeof rating === 'number' && Number.isInteger(rating) && rating >= 0 && rating <= FIGURE_COUNT_MAX
          ? rating
          : r.fail(childPath(ratingsPath, index), `must be a whole number from 0 to ${FIGURE_COUNT_MAX}`),
      );
      if (counts.every((count) => count !== null)) figures.ratings = counts as number[];
    }
  }
  const fields = complete(r, before, {
    period: r.oneOf(o, 'period', path, PERIOD_KINDS),
    periodStart: date(r, o, 'periodStart', path),
    dimension: r.string(o, 'dimension', path, METRIC_LIMITS.dimensionMax),
    source: r.oneOf(o, 'source', path, MEASUREMENT_SOURCES),
  });
  if (!fields || r.issues.length > before) return null;
  return { ...fields, ...figures };
}

function readAuthor(r: JsonReader, o: JsonObject, path: string): DocumentAuthor | null {
  const authorPath = childPath(path, 'author');
  const author = r.object(o['author'], authorPath, KEYS.author);
  const before = r.issues.length;
  return author && complete(r, before, { name: r.string(author, 'name', authorPath, DOCUMENT_LIMITS.authorNameMax, true) });
}

function readEvidence(r: JsonReader, value: JsonValue, path: string): EvidenceItem | null {
  const o = r.object(value, path, KEYS.evidence);
  if (!o) return null;
  const before = r.issues.length;
  return complete(r, before, {
    kind: r.oneOf(o, 'kind', path, EVIDENCE_KINDS),
    text: r.string(o, 'text', path, ANNOTATION_LIMITS.evidenceTextMax),
    url: r.nullableString(o, 'url', path, ANNOTATION_LIMITS.urlMax),
  });
}

function readReply(r: JsonReader, value: JsonValue, path: string): DocumentReply | null {
  const o = r.object(value, path, KEYS.reply);
  if (!o) return null;
  const before = r.issues.length;
  return complete(r, before, {
    body: r.string(o, 'body', path, ANNOTATION_LIMITS.replyMax, true),
    author: readAuthor(r, o, path),
    createdAt: timestamp(r, o, 'createdAt', path),
    updatedAt: timestamp(r, o, 'updatedAt', path),
  });
}

function readAnnotation(r: JsonReader, value: JsonValue, path: string): DocumentAnnotation | null {
  const o = r.object(value, path, KEYS.annotation);
  if (!o) return null;
  const before = r.issues.length;
  const evidenceValues = r.array(o, 'evidence', path, ANNOTATION_LIMITS.evidenceMax);
  const evidence = evidenceValues?.map((item, index) => readEvidence(r, item, childPath(childPath(path, 'evidence'), index)));
  const replyValues = r.array(o, 'replies', path, DOCUMENT_LIMITS.repliesPerAnnotationMax);
  const replies = replyValues?.map((item, index) => readReply(r, item, childPath(childPath(path, 'replies'), index)));
  return complete(r, before, {
    on: readRef(r, o, path, ANNOTATION_TARGET_KINDS),
    kind: r.oneOf(o, 'kind', path, ANNOTATION_KINDS),
    severity: o['severity'] === null ? null : (r.oneOf(o, 'severity', path, ANNOTATION_SEVERITIES) ?? undefined),
    status: r.oneOf(o, 'status', path, ANNOTATION_STATUSES),
    title: r.string(o, 'title', path, ANNOTATION_LIMITS.titleMax, true),
    body: r.string(o, 'body', path, ANNOTATION_LIMITS.bodyMax),
    ownerTeam: r.nullableString(o, 'ownerTeam', path, ANNOTATION_LIMITS.ownerTeamMax, true),
    evidence: evidence && evidence.every((e) => e !== null) ? (evidence as EvidenceItem[]) : undefined,
    author: readAuthor(r, o, path),
    createdAt: timestamp(r, o, 'createdAt', path),
    updatedAt: timestamp(r, o, 'updatedAt', path),
    resolvedAt: o['resolvedAt'] === null ? null : (timestamp(r, o, 'resolvedAt', path) ?? undefined),
    replies: replies && replies.every((reply) => reply !== null) ? (replies as DocumentReply[]) : undefined,
  });
}
