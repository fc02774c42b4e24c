import { CHANNEL_INFO, groupBy, LAYERS, type Channel, type MetricHealth, type MetricTrend } from '@cxmap/domain';
import { sortedStages } from '@cxmap/journey-format';
import type { JourneyReport, ReportLink, ReportOptions, ReportStage, ReportSummary, ReportTouchpoint, ReportTrend } from '../model';
import { openPainsByTarget, rankPains, toReportAnnotation, type AnnotationContext } from './annotations';
import { findHandoffs, healthOfMetrics } from './handoffs';
import { countHealths, emptySeverityCounts, overallHealthOf } from './health';
import type { JourneyReportInput } from './input';
import { mapLayout } from './map-layout';
import { buildMetric } from './metrics';
import { resolveReportRange } from './range';

const TREND_ORDER: Record<MetricTrend | 'none', number> = { worsening: 0, improving: 1, steady: 2, none: 3 };

/** Mean emotion of the judged touchpoints, to two decimals as on the canvas's curve; null when none is judged. */
function meanEmotion(touchpoints: readonly ReportTouchpoint[]): number | null {
  const judged = touchpoints.map((tp) => tp.emotion).filter((value): value is number => value !== null);
  if (judged.length === 0) return null;
  return Math.round((judged.reduce((sum, value) => sum + value, 0) / judged.length) * 100) / 100;
}

const keyHealths = (touchpoints: readonly ReportTouchpoint[]): MetricHealth[] =>
  touchpoints.flatMap((tp) => tp.metrics.filter((metric) => metric.isKey).map((metric) => metric.health));

/**
 * Everything a journey report says, from plain rows: pure (no I/O, no clock but `now`), so every
 * renderer shows the same figures. Scores, health and trends come from the domain's metric
 * functions over summed raw figures.
 */
export function buildJourneyReport(input: JourneyReportInput, options: ReportOptions, now: Date): JourneyReport {
  const latestStart = input.metrics.flatMap((m) => m.measurements.map((row) => row.periodStart)).sort().at(-1) ?? null;
  const range = resolveReportRange(options.range, latestStart, now);

  const attached = input.metrics.flatMap((metric) => {
    const on = metric.attachment.touchpointId ?? metric.attachment.linkId;
    return on === null ? [] : [{ on, metric }];
  });
  const metricsOn = groupBy(attached, ({ on }) => on, ({ metric }) => buildMetric(metric, range));
  const health = new Map<string, MetricHealth>([...metricsOn].map(([id, metrics]) => [id, healthOfMetrics(metrics)]));
  const openPains = openPainsByTarget(input.annotations);

  const stages = sortedStages(input.stages);
  const touchpointsById = new Map(input.touchpoints.map((tp) => [tp.id, tp]));
  const reportStages: ReportStage[] = stages.map((stage) => {
    const touchpoints: ReportTouchpoint[] = input.touchpoints
      .filter((tp) => tp.stageId === stage.id)
      .sort((a, b) => LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer) || a.position.x - b.position.x || a.position.y - b.position.y)
      .map((tp) => ({
        id: tp.id,
        stageId: stage.id,
        stageName: stage.name,
        title: tp.title,
        description: tp.description,
        channel: tp.channel,
        channelLabel: CHANNEL_INFO[tp.channel].label,
        interaction: tp.interaction,
        layer: tp.layer,
        ownerTeam: tp.ownerTeam,
        emotion: tp.emotion,
        health: health.get(tp.id) ?? 'no_data',
        metrics: metricsOn.get(tp.id) ?? [],
        openPains: openPains.get(tp.id) ?? emptySeverityCounts(),
      }));
    return {
      id: stage.id,
      name: stage.name,
      phase: stage.phase,
      order: stage.order,
      customerGoal: stage.customerGoal,
      description: stage.description,
      health: countHealths(keyHealths(touchpoints)),
      emotion: meanEmotion(touchpoints),
      touchpoints,
    };
  });
  const allTouchpoints = reportStages.flatMap((stage) => stage.touchpoints);

  const title = (id: string): string => touchpointsById.get(id)?.title ?? '?';
  const links: ReportLink[] = input.links.map((link) => ({
    id: link.id,
    type: link.type,
    label: link.label,
    sourceId: link.sourceId,
    sourceTitle: title(link.sourceId),
    targetId: link.targetId,
    targetTitle: title(link.targetId),
  }));

  const context: AnnotationContext = {
    stages: new Map(stages.map((stage) => [stage.id, stage])),
    touchpoints: touchpointsById,
    links: new Map(input.links.map((link) => [link.id, link])),
    health,
  };
  const pains = rankPains(
    input.annotations.filter((a) => a.kind === 'pain_point').map((a) => toReportAnnotation(a, context, options.includeComments)),
  );
  const comments = options.includeComments
    ? input.annotations
        .filter((a) => a.kind !== 'pain_point')
        .map((a) => toReportAnnotation(a, context, true))
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    : [];

  const pained = new Set(input.annotations.filter((a) => a.kind === 'pain_point').map((a) => a.target.id));
  const handoffs = findHandoffs(
    links.map((link) => ({
      link,
      sourceOwnerTeam: touchpointsById.get(link.sourceId)?.ownerTeam ?? null,
      targetOwnerTeam: touchpointsById.get(link.targetId)?.ownerTeam ?? null,
      metrics: metricsOn.get(link.id) ?? [],
      openPains: openPains.get(link.id),
      hasPains: pained.has(link.id),
    })),
  );

  const where = new Map<string, string>([
    ...allTouchpoints.map((tp) => [tp.id, tp.title] as const),
    ...links.map((link) => [link.id, `${link.sourceTitle} → ${link.targetTitle}`] as const),
  ]);
  const trends: ReportTrend[] = [...metricsOn]
    .flatMap(([on, metrics]) =>
      metrics.map((metric) => ({
        metricKey: metric.metricKey,
        name: metric.name,
        unit: metric.unit,
        direction: metric.direction,
        where: where.get(on) ?? '?',
        current: metric.latest,
        previousScore: metric.previousScore,
        trend: metric.trend,
      })),
    )
    .sort((a, b) => TREND_ORDER[a.trend ?? 'none'] - TREND_ORDER[b.trend ?? 'none']);

  return {
    generatedAt: now.toISOString(),
    options,
    range,
    workspace: input.workspace,
    journey: input.journey,
    persona: input.persona
      ? { name: input.persona.name, description: input.persona.description, goals: input.persona.goals, frustrations: input.persona.frustrations }
      : null,
    summary: summarise(reportStages, allTouchpoints, links.length, openPains),
    stages: reportStages,
    links,
    pains,
    comments,
    handoffs,
    trends,
    map: mapLayout(input.stages, input.touchpoints, input.links, health),
  };
}

function summarise(
  stages: readonly ReportStage[],
  touchpoints: readonly ReportTouchpoint[],
  linkCount: number,
  openPains: Map<string, ReturnType<typeof emptySeverityCounts>>,
): ReportSummary {
  const channels = new Map<Channel, number>();
  for (const tp of touchpoints) channels.set(tp.channel, (channels.get(tp.channel) ?? 0) + 1);
  const personnelCount = touchpoints.filter((tp) => tp.interaction === 'personnel').length;
  const health = countHealths(keyHealths(touchpoints));
  const pains = emptySeverityCounts();
  for (const counts of openPains.values()) for (const severity of Object.keys(pains) as (keyof typeof pains)[]) pains[severity] += counts[severity];
  return {
    stageCount: stages.length,
    touchpointCount: touchpoints.length,
    linkCount,
    touchpointsByStage: stages.map((stage) => ({ stageId: stage.id, name: stage.name, count: stage.touchpoints.length })),
    touchpointsByChannel: [...channels]
      .map(([channel, count]) => ({ channel, label: CHANNEL_INFO[channel].label, count }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    personnelCount,
    personnelShare: touchpoints.length === 0 ? 0 : personnelCount / touchpoints.length,
    health,
    overallHealth: overallHealthOf(health),
    openPains: pains,
  };
}
