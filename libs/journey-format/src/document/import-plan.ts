import type { ChangeOp } from '@cxmap/domain';
import type {
  DocumentAnnotation,
  DocumentAuthor,
  DocumentJourney,
  DocumentMetric,
  DocumentMetricDefinition,
  DocumentPersona,
} from './journey-document';

/** An annotation to create; `author` null: the person importing, timestamps null: now. */
export interface PlannedAnnotation extends Omit<DocumentAnnotation, 'author' | 'createdAt' | 'updatedAt'> {
  author: DocumentAuthor | null;
  createdAt: string | null;
  updatedAt: string | null;
}

/**
 * What an import writes, every id already the new one: the journey row, its persona, the graph as
 * `/changes` create operations (the canvas's write path), then review-by dates, the custom metric
 * definitions the metrics need, metric attachments with their measurements, and annotations with
 * their replies. Every importer (Mermaid, OpenJourney, CXMap document) ends in one of these.
 */
export interface JourneyImportPlan {
  journey: DocumentJourney;
  persona: DocumentPersona | null;
  ops: ChangeOp[];
  reviewBy: Array<{ touchpointId: string; reviewBy: string }>;
  metricDefinitions: DocumentMetricDefinition[];
  metrics: DocumentMetric[];
  annotations: PlannedAnnotation[];
}
