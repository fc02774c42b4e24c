import { UNRESOLVED_STATUSES, type AnnotationSeverity, type MetricHealth, type StageDto, type TouchpointDto, type LinkDto } from '@cxmap/domain';
import type { ReportAnnotation, ReportAnnotationTarget, SeverityCounts } from '../model';
import { emptySeverityCounts, healthRank, severityRank } from './health';
import type { ReportInputAnnotation } from './input';

export interface AnnotationContext {
  stages: Map<string, StageDto>;
  touchpoints: Map<string, TouchpointDto>;
  links: Map<string, LinkDto>;
  /** Health of the metrics on each touchpoint and link (by id). */
  health: Map<string, MetricHealth>;
}

export const isOpen = (annotation: Pick<ReportInputAnnotation, 'status'>): boolean => UNRESOLVED_STATUSES.includes(annotation.status);

function targetOf(annotation: ReportInputAnnotation, context: AnnotationContext): ReportAnnotationTarget {
  const { kind, id } = annotation.target;
  const stageName = (stageId: string | undefined): string | null => (stageId ? (context.stages.get(stageId)?.name ?? null) : null);
  if (kind === 'touchpoint') {
    const touchpoint = context.touchpoints.get(id);
    return { kind, id, label: touchpoint?.title ?? 'Removed touchpoint', stageName: stageName(touchpoint?.stageId) };
  }
  if (kind === 'stage') {
    const name = stageName(id);
    return { kind, id, label: name ?? 'Removed stage', stageName: name };
  }
  const link = context.links.get(id);
  const source = link ? context.touchpoints.get(link.sourceId) : undefined;
  const target = link ? context.touchpoints.get(link.targetId) : undefined;
  return { kind, id, label: `${source?.title ?? '?'} → ${target?.title ?? '?'}`, stageName: stageName(source?.stageId) };
}

export function toReportAnnotation(annotation: ReportInputAnnotation, context: AnnotationContext, withReplies: boolean): ReportAnnotation {
  return {
    id: annotation.id,
    kind: annotation.kind,
    severity: annotation.severity,
    status: annotation.status,
    title: annotation.title,
    body: annotation.body,
    ownerTeam: annotation.ownerTeam,
    author: annotation.author,
    createdAt: annotation.createdAt,
    target: targetOf(annotation, context),
    targetHealth: annotation.target.kind === 'stage' ? 'no_data' : (context.health.get(annotation.target.id) ?? 'no_data'),
    evidence: annotation.evidence.map((item) => ({ kind: item.kind, text: item.text, url: item.url })),
    replies: withReplies ? annotation.replies : [],
  };
}

/**
 * Pain points, the open ones first; then by severity (critical first); then by the health of their
 * target's metrics (off target before at risk, on target, no data); then oldest first.
 */
export function rankPains(pains: readonly ReportAnnotation[]): ReportAnnotation[] {
  return [...pains].sort(
    (a, b) =>
      Number(isOpen(b)) - Number(isOpen(a)) ||
      severityRank(b.severity) - severityRank(a.severity) ||
      healthRank(b.targetHealth) - healthRank(a.targetHealth) ||
      a.createdAt.localeCompare(b.createdAt) ||
      a.id.localeCompare(b.id),
  );
}

/** Open pain points by severity, per target id (touchpoint, stage or link). */
export function openPainsByTarget(annotations: readonly ReportInputAnnotation[]): Map<string, SeverityCounts> {
  const counts = new Map<string, SeverityCounts>();
  for (const annotation of annotations) {
    if (annotation.kind !== 'pain_point' || !isOpen(annotation) || annotation.severity === null) continue;
    const entry = counts.get(annotation.target.id) ?? emptySeverityCounts();
    entry[annotation.severity satisfies AnnotationSeverity] += 1;
    counts.set(annotation.target.id, entry);
  }
  return counts;
}
