import { ANNOTATION_SEVERITIES, type AnnotationSeverity, type AnnotationSummaryResponse, type AnnotationTargetSummary } from '@cxmap/domain';

/** What a card or stage header shows of its unresolved pain points. */
export interface PainMarker {
  /** Unresolved (open or in progress) pain points of every severity. */
  count: number;
  /** The worst severity among them: the chip's colour. */
  worst: AnnotationSeverity;
  /** Counts from the worst down, zeros left out: the tooltip. */
  breakdown: ReadonlyArray<{ severity: AnnotationSeverity; count: number }>;
}

export type PainMarkers = ReadonlyMap<string, PainMarker>;

export const NO_PAIN: PainMarkers = new Map();

export const SEVERITY_LABELS: Record<AnnotationSeverity, string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };

/** The chip colours as hex, for SVG (link labels) where CSS variables of the chip do not reach. */
export const SEVERITY_HEX: Record<AnnotationSeverity, string> = { low: '#e67700', medium: '#e8590c', high: '#e03131', critical: '#c92a2a' };

/** low 0 … critical 3. */
export function severityRank(severity: AnnotationSeverity): number {
  return ANNOTATION_SEVERITIES.indexOf(severity);
}

export function parseSeverity(value: string): AnnotationSeverity | undefined {
  return ANNOTATION_SEVERITIES.find((severity) => severity === value);
}

/** The marker of one target, or undefined when it has no unresolved pain point (other kinds do not count). */
export function painMarkerOf(summary: AnnotationTargetSummary): PainMarker | undefined {
  const breakdown = [...ANNOTATION_SEVERITIES]
    .reverse()
    .map((severity) => ({ severity, count: summary.bySeverity[severity] ?? 0 }))
    .filter((entry) => entry.count > 0);
  const first = breakdown[0];
  if (!first) return undefined;
  return { count: breakdown.reduce((sum, entry) => sum + entry.count, 0), worst: first.severity, breakdown };
}

/** Markers by touchpoint, stage and link id (ids are unique across the three). */
export function painMarkers(summary: AnnotationSummaryResponse): PainMarkers {
  const markers = new Map<string, PainMarker>();
  for (const target of summary.targets) {
    const marker = painMarkerOf(target);
    if (marker) markers.set(target.target.id, marker);
  }
  return markers;
}

/** "1 critical · 1 high open pain points". */
export function describePain(marker: PainMarker): string {
  const parts = marker.breakdown.map((entry) => `${entry.count} ${entry.severity}`).join(' · ');
  return `${parts} open pain point${marker.count === 1 ? '' : 's'}`;
}

export function samePainMarker(a: PainMarker, b: PainMarker): boolean {
  return (
    a.count === b.count &&
    a.worst === b.worst &&
    a.breakdown.length === b.breakdown.length &&
    a.breakdown.every((entry, i) => entry.severity === b.breakdown[i]?.severity && entry.count === b.breakdown[i]?.count)
  );
}
