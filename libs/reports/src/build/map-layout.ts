import { computeGeometry, NODE_HEIGHT, NODE_WIDTH, sortedStages, absolutePosition } from '@cxmap/journey-format';
import type { LinkDto, MetricHealth, StageDto, TouchpointDto } from '@cxmap/domain';
import type { ReportMapLayout } from '../model';

/** The map as the canvas draws it (same geometry code), for the report's image of it. */
export function mapLayout(stages: StageDto[], touchpoints: TouchpointDto[], links: LinkDto[], health: Map<string, MetricHealth>): ReportMapLayout {
  const geometry = computeGeometry({ stages, touchpoints, links });
  const names = new Map(sortedStages(stages).map((stage) => [stage.id, stage.name]));
  const nodes: ReportMapLayout['nodes'] = [];
  for (const tp of touchpoints) {
    const at = absolutePosition(geometry, tp.stageId, tp.layer, tp.position);
    if (!at) continue;
    nodes.push({ id: tp.id, title: tp.title, x: at.x, y: at.y, width: NODE_WIDTH, height: NODE_HEIGHT, channel: tp.channel, health: health.get(tp.id) ?? 'no_data' });
  }
  const drawn = new Set(nodes.map((node) => node.id));
  return {
    width: geometry.width,
    height: geometry.height,
    columns: geometry.columns.map((column) => ({ ...column, name: names.get(column.stageId) ?? '' })),
    lanes: geometry.lanes,
    nodes,
    edges: links
      .filter((link) => drawn.has(link.sourceId) && drawn.has(link.targetId))
      .map((link) => ({ id: link.id, sourceId: link.sourceId, targetId: link.targetId, type: link.type })),
  };
}
