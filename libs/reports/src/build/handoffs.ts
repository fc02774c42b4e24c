import { ANNOTATION_SEVERITIES, type LinkType } from '@cxmap/domain';
import type { ReportHandoff, ReportLink, ReportMetric, SeverityCounts } from '../model';
import { emptySeverityCounts, healthRank, totalOf, worstHealth } from './health';

/** Links that pass work from one team or channel to another: always looked at. */
const HANDOFF_TYPES: readonly LinkType[] = ['hand_off', 'escalation'];

const HEALTH_WORDS = { off_target: 'off target', at_risk: 'at risk' } as const;

function painWords(counts: SeverityCounts): string | null {
  const total = totalOf(counts);
  if (total === 0) return null;
  const parts = [...ANNOTATION_SEVERITIES]
    .reverse()
    .filter((severity) => counts[severity] > 0)
    .map((severity) => `${counts[severity]} ${severity}`);
  return `${total} open pain point${total === 1 ? '' : 's'} (${parts.join(', ')})`;
}

export interface HandoffCandidate {
  link: ReportLink;
  sourceOwnerTeam: string | null;
  targetOwnerTeam: string | null;
  metrics: ReportMetric[];
  openPains: SeverityCounts | undefined;
  hasPains: boolean;
}

/** Health of a set of metrics: the key ones' worst if there are key ones, else the worst of all. */
export function healthOfMetrics(metrics: readonly ReportMetric[]): ReportMetric['health'] {
  const key = metrics.filter((metric) => metric.isKey);
  return worstHealth((key.length > 0 ? key : metrics).map((metric) => metric.health));
}

/**
 * Hand-off hot spots: hand-offs and escalations, and any link with metrics or pain points, whose
 * metrics are at risk or off target or that carry open pain points — worst first, with the reasons
 * in words.
 */
export function findHandoffs(candidates: readonly HandoffCandidate[]): ReportHandoff[] {
  const spots: ReportHandoff[] = [];
  for (const candidate of candidates) {
    if (!HANDOFF_TYPES.includes(candidate.link.type) && candidate.metrics.length === 0 && !candidate.hasPains) continue;
    const health = healthOfMetrics(candidate.metrics);
    const openPains = candidate.openPains ?? emptySeverityCounts();
    const reasons = candidate.metrics
      .filter((metric) => metric.health === 'off_target' || metric.health === 'at_risk')
      .sort((a, b) => healthRank(b.health) - healthRank(a.health))
      .map((metric) => `${metric.name} ${HEALTH_WORDS[metric.health as keyof typeof HEALTH_WORDS]}`);
    const pains = painWords(openPains);
    if (pains) reasons.push(pains);
    if (healthRank(health) < healthRank('at_risk') && pains === null) continue;
    spots.push({
      link: candidate.link,
      sourceOwnerTeam: candidate.sourceOwnerTeam,
      targetOwnerTeam: candidate.targetOwnerTeam,
      health,
      metrics: candidate.metrics,
      openPains,
      reasons,
    });
  }
  const weight = (counts: SeverityCounts): number => ANNOTATION_SEVERITIES.reduce((sum, severity, i) => sum + counts[severity] * 10 ** i, 0);
  return spots.sort((a, b) => healthRank(b.health) - healthRank(a.health) || weight(b.openPains) - weight(a.openPains));
}
