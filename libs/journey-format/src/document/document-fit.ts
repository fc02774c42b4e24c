import { DOCUMENT_LIMITS, type JourneyDocument } from './journey-document';

/**
 * What makes `document` more than the import takes, by count (DOCUMENT_LIMITS), or null when every
 * count fits. A journey within its caps always fits; one written before the caps, or overshot by
 * concurrent writes, may not.
 */
export function documentCountOverLimit(document: JourneyDocument): string | null {
  const counts: Array<[string, number, number]> = [
    ['stages', document.stages.length, DOCUMENT_LIMITS.stagesMax],
    ['touchpoints', document.touchpoints.length, DOCUMENT_LIMITS.touchpointsMax],
    ['links', document.links.length, DOCUMENT_LIMITS.linksMax],
    ['metric definitions', document.metricDefinitions.length, DOCUMENT_LIMITS.metricDefinitionsMax],
    ['attached metrics', document.metrics.length, DOCUMENT_LIMITS.metricsMax],
    ['measurements', document.metrics.reduce((sum, metric) => sum + metric.measurements.length, 0), DOCUMENT_LIMITS.measurementsMax],
    ['annotations', document.annotations.length, DOCUMENT_LIMITS.annotationsMax],
    ['replies to one annotation', Math.max(0, ...document.annotations.map((a) => a.replies.length)), DOCUMENT_LIMITS.repliesPerAnnotationMax],
  ];
  const over = counts.find(([, count, max]) => count > max);
  return over ? `${over[1].toLocaleString('en')} ${over[0]} where an import takes at most ${over[2].toLocaleString('en')}` : null;
}
