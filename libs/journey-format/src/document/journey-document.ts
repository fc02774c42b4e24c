import type {
  AnnotationKind,
  AnnotationSeverity,
  AnnotationStatus,
  AnnotationTargetKind,
  Channel,
  EvidenceItem,
  Interaction,
  JourneyState,
  JourneyStatus,
  Layer,
  LinkType,
  MeasurementFigures,
  MeasurementKind,
  MeasurementSource,
  MetricDirection,
  MetricFamily,
  MetricScale,
  MetricTarget,
  MetricUnit,
  PeriodKind,
  Phase,
  Position,
  ValuePooling,
} from '@cxmap/domain';
import { ANNOTATION_LIMITS, LIMITS, METRIC_LIMITS } from '@cxmap/domain';

/**
 * The CXMap journey document, version 1: everything a journey holds, as one JSON file that another
 * CXMap workspace (or any tool) can read back. Its JSON Schema is `journey-document.schema.json`
 * (served at `/api/schemas/journey-document.json`).
 *
 * Ids are the document's own: unique strings that tie touchpoints to stages, links to touchpoints,
 * and metrics and annotations to what they are on. An import gives every entity a fresh id.
 * Arrays are in drawing order: stages left to right (their order is their place in the array).
 */
export const JOURNEY_DOCUMENT_FORMAT = 'cxmap.journey';
export const JOURNEY_DOCUMENT_VERSION = 1;

export interface JourneyDocument {
  format: typeof JOURNEY_DOCUMENT_FORMAT;
  version: typeof JOURNEY_DOCUMENT_VERSION;
  /** When the document was written (ISO 8601); informative, not imported. */
  exportedAt: string;
  journey: DocumentJourney;
  persona: DocumentPersona | null;
  stages: DocumentStage[];
  touchpoints: DocumentTouchpoint[];
  links: DocumentLink[];
  /** The workspace's own metric definitions that `metrics` use; built-in metrics are referred to by key only. */
  metricDefinitions: DocumentMetricDefinition[];
  metrics: DocumentMetric[];
  annotations: DocumentAnnotation[];
}

export interface DocumentJourney {
  name: string;
  description: string;
  state: JourneyState;
  status: JourneyStatus;
}

export interface DocumentPersona {
  name: string;
  description: string;
  goals: string;
  frustrations: string;
}

export interface DocumentStage {
  id: string;
  name: string;
  phase: Phase;
  customerGoal: string;
  description: string;
}

export interface DocumentTouchpoint {
  id: string;
  stageId: string;
  title: string;
  description: string;
  channel: Channel;
  interaction: Interaction;
  ownerTeam: string | null;
  layer: Layer;
  emotion: number | null;
  position: Position;
  /** YYYY-MM-DD, or null. */
  reviewBy: string | null;
}

export interface DocumentLink {
  id: string;
  sourceId: string;
  targetId: string;
  type: LinkType;
  label: string | null;
}

export interface DocumentMetricDefinition {
  key: string;
  name: string;
  description: string;
  family: MetricFamily;
  unit: MetricUnit;
  scale: MetricScale | null;
  direction: MetricDirection;
  kind: MeasurementKind;
  valuePooling: ValuePooling | null;
  appliesTo: MetricTarget[];
}

export interface DocumentRef<K extends string> {
  kind: K;
  id: string;
}

/** One raw measurement: the figures of its metric's kind (as the measurements route takes them). */
export interface DocumentMeasurement extends MeasurementFigures {
  period: PeriodKind;
  periodStart: string;
  dimension: string;
  source: MeasurementSource;
}

/** A metric attached to a touchpoint or a link, with its thresholds and raw measurements. */
export interface DocumentMetric {
  metric: string;
  on: DocumentRef<MetricTarget>;
  target: number;
  warning: number;
  isKey: boolean;
  measurements: DocumentMeasurement[];
}

/** Who wrote an annotation or reply: the name at writing time (accounts do not travel). */
export interface DocumentAuthor {
  name: string;
}

export interface DocumentReply {
  body: string;
  author: DocumentAuthor;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentAnnotation {
  on: DocumentRef<AnnotationTargetKind>;
  kind: AnnotationKind;
  severity: AnnotationSeverity | null;
  status: AnnotationStatus;
  title: string;
  body: string;
  ownerTeam: string | null;
  evidence: EvidenceItem[];
  author: DocumentAuthor;
  createdAt: string;
  updatedAt: string;
  /** Set exactly when the status is resolved or won't fix. */
  resolvedAt: string | null;
  replies: DocumentReply[];
}

/**
 * Sizes a document may not exceed. Its counts are the journey's own caps (LIMITS.*PerJourneyMax,
 * ANNOTATION_LIMITS.repliesPerAnnotationMax), so whatever one journey can hold exports as a document
 * the import takes again; `contentMax` caps the file's characters.
 */
export const DOCUMENT_LIMITS = {
  idMax: 100,
  stagesMax: LIMITS.stagesPerJourneyMax,
  touchpointsMax: LIMITS.touchpointsPerJourneyMax,
  linksMax: LIMITS.linksPerJourneyMax,
  metricDefinitionsMax: METRIC_LIMITS.customMetricsPerWorkspaceMax,
  metricsMax: LIMITS.metricsPerJourneyMax,
  /** In the whole document, and so in any one metric. */
  measurementsMax: LIMITS.measurementsPerJourneyMax,
  annotationsMax: LIMITS.annotationsPerJourneyMax,
  repliesPerAnnotationMax: ANNOTATION_LIMITS.repliesPerAnnotationMax,
  authorNameMax: 200,
  contentMax: LIMITS.journeyDocumentContentMax,
} as const;
