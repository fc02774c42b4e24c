import { LIMITS, type ChangeOp } from '@cxmap/domain';
import { truncate } from '../import/touchpoint-text';
import type { JourneyImportPlan } from './import-plan';
import type { JourneyDocument } from './journey-document';

/**
 * The import plan of a checked document (`parseJourneyDocument`): every document id replaced by a
 * fresh one from `newId`; stages ordered by their place; names, titles and texts trimmed as the
 * routes trim them.
 */
export function documentToImportPlan(doc: JourneyDocument, newId: () => string): JourneyImportPlan {
  const ids = {
    stage: new Map(doc.stages.map((stage) => [stage.id, newId()])),
    touchpoint: new Map(doc.touchpoints.map((touchpoint) => [touchpoint.id, newId()])),
    link: new Map(doc.links.map((link) => [link.id, newId()])),
  };
  const mapped = (kind: keyof typeof ids, id: string): string => {
    const fresh = ids[kind].get(id);
    if (fresh === undefined) throw new Error(`unchecked document: no ${kind} ${id}`);
    return fresh;
  };

  const ops: ChangeOp[] = [
    ...doc.stages.map(
      (stage, order): ChangeOp => ({
        op: 'create',
        entity: 'stage',
        id: mapped('stage', stage.id),
        data: { name: stage.name.trim(), phase: stage.phase, order, customerGoal: stage.customerGoal, description: stage.description },
      }),
    ),
    ...doc.touchpoints.map(
      (touchpoint): ChangeOp => ({
        op: 'create',
        entity: 'touchpoint',
        id: mapped('touchpoint', touchpoint.id),
        data: {
          stageId: mapped('stage', touchpoint.stageId),
          title: touchpoint.title.trim(),
          description: touchpoint.description,
          channel: touchpoint.channel,
          interaction: touchpoint.interaction,
          ownerTeam: touchpoint.ownerTeam,
          layer: touchpoint.layer,
          emotion: touchpoint.emotion,
          position: { x: touchpoint.position.x, y: touchpoint.position.y },
        },
      }),
    ),
    ...doc.links.map(
      (link): ChangeOp => ({
        op: 'create',
        entity: 'link',
        id: mapped('link', link.id),
        data: { sourceId: mapped('touchpoint', link.sourceId), targetId: mapped('touchpoint', link.targetId), type: link.type, label: link.label },
      }),
    ),
  ];

  return {
    journey: { ...doc.journey, name: truncate(doc.journey.name.trim(), LIMITS.nameMax) },
    persona: doc.persona && { ...doc.persona, name: doc.persona.name.trim() },
    ops,
    reviewBy: doc.touchpoints.flatMap((touchpoint) =>
      touchpoint.reviewBy === null ? [] : [{ touchpointId: mapped('touchpoint', touchpoint.id), reviewBy: touchpoint.reviewBy }],
    ),
    metricDefinitions: doc.metricDefinitions.map((definition) => ({ ...definition, name: definition.name.trim(), appliesTo: [...definition.appliesTo] })),
    metrics: doc.metrics.map((metric) => ({
      ...metric,
      on: { kind: metric.on.kind, id: mapped(metric.on.kind, metric.on.id) },
      measurements: metric.measurements.map((measurement) => ({ ...measurement })),
    })),
    annotations: doc.annotations.map((annotation) => ({
      ...annotation,
      on: { kind: annotation.on.kind, id: mapped(annotation.on.kind, annotation.on.id) },
      title: annotation.title.trim(),
      ownerTeam: annotation.ownerTeam === null ? null : annotation.ownerTeam.trim(),
      evidence: annotation.evidence.map((item) => ({ kind: item.kind, text: item.text.trim(), url: item.url })),
      author: { name: annotation.author.name.trim() },
      replies: annotation.replies.map((reply) => ({ ...reply, body: reply.body.trim(), author: { name: reply.author.name.trim() } })),
    })),
  };
}
