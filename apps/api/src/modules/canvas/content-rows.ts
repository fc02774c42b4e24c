import type { Channel, Interaction, Layer, LinkDto, LinkType, Phase, StageDto, TouchpointDto } from '@cxmap/domain';

/** Column lists and row shapes of the graph tables, and their mapping to the HTTP DTOs. */
export const STAGE_COLUMNS = `id, name, phase, "order", customer_goal, description, version`;
export const TOUCHPOINT_COLUMNS = `id, stage_id, title, description, channel, interaction, owner_team, layer, emotion,
  position_x, position_y, version`;
export const LINK_COLUMNS = `id, source_id, target_id, type, label, version`;

export interface StageRow {
  id: string;
  name: string;
  phase: Phase;
  order: number;
  customer_goal: string;
  description: string;
  version: number;
}

export interface TouchpointRow {
  id: string;
  stage_id: string;
  title: string;
  description: string;
  channel: Channel;
  interaction: Interaction;
  owner_team: string | null;
  layer: Layer;
  emotion: number | null;
  position_x: number;
  position_y: number;
  version: number;
}

export interface LinkRow {
  id: string;
  source_id: string;
  target_id: string;
  type: LinkType;
  label: string | null;
  version: number;
}

export function toStageDto(row: StageRow): StageDto {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    phase: row.phase,
    order: row.order,
    customerGoal: row.customer_goal,
    description: row.description,
  };
}

export function toTouchpointDto(row: TouchpointRow): TouchpointDto {
  return {
    id: row.id,
    version: row.version,
    stageId: row.stage_id,
    title: row.title,
    description: row.description,
    channel: row.channel,
    interaction: row.interaction,
    ownerTeam: row.owner_team,
    layer: row.layer,
    emotion: row.emotion,
    position: { x: row.position_x, y: row.position_y },
  };
}

export function toLinkDto(row: LinkRow): LinkDto {
  return {
    id: row.id,
    version: row.version,
    sourceId: row.source_id,
    targetId: row.target_id,
    type: row.type,
    label: row.label,
  };
}
