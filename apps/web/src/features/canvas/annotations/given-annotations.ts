import type { AnnotationDto, AnnotationSeverity, AnnotationTargetKind, AnnotationTargetSummary } from '@cxmap/domain';

/** A target summary with the given unresolved pain points by severity (other kinds: none). */
export function targetSummary(id: string, bySeverity: Partial<Record<AnnotationSeverity, number>>, kind: AnnotationTargetKind = 'touchpoint'): AnnotationTargetSummary {
  const severities = { low: 0, medium: 0, high: 0, critical: 0, ...bySeverity };
  const pain = Object.values(severities).reduce((a, b) => a + b, 0);
  return {
    target: { kind, id },
    open: pain,
    byKind: { pain_point: pain, opportunity: 0, idea: 0, comment: 0 },
    bySeverity: severities,
  };
}

let next = 0;

export function annotation(overrides: Partial<AnnotationDto> = {}): AnnotationDto {
  next += 1;
  return {
    id: `ann-${next}`,
    journeyId: 'journey-1',
    target: { kind: 'touchpoint', id: 'tp-1' },
    kind: 'pain_point',
    severity: 'high',
    title: `Pain ${next}`,
    body: '',
    status: 'open',
    ownerTeam: null,
    evidence: [],
    author: { id: 'user-1', name: 'Cora Commenter' },
    replyCount: 0,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
    resolvedAt: null,
    version: 1,
    ...overrides,
  };
}
