import type { JourneyDto, JourneyState, JourneyStatus, JourneySummaryDto, PersonaDto } from '@cxmap/domain';

export const JOURNEY_COLUMNS = `j.id, j.workspace_id, j.persona_id, j.name, j.description, j.state, j.status, j.revision,
  j.created_at, j.updated_at`;

export interface JourneyRow {
  id: string;
  workspace_id: string;
  persona_id: string | null;
  name: string;
  description: string;
  state: JourneyState;
  status: JourneyStatus;
  revision: number;
  created_at: Date;
  updated_at: Date;
}

export interface JourneySummaryRow extends JourneyRow {
  stage_count: number;
  touchpoint_count: number;
  /** `updated_at` with microseconds, for the keyset cursor (a JS Date keeps only milliseconds). */
  cursor_time: string;
}

export interface PersonaRow {
  persona_name: string | null;
  persona_description: string | null;
  persona_goals: string | null;
  persona_frustrations: string | null;
}

export function toJourneyDto(row: JourneyRow): JourneyDto {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    description: row.description,
    state: row.state,
    status: row.status,
    personaId: row.persona_id,
    revision: row.revision,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function toJourneySummaryDto(row: JourneySummaryRow): JourneySummaryDto {
  const { personaId: _personaId, ...journey } = toJourneyDto(row);
  return { ...journey, stageCount: row.stage_count, touchpointCount: row.touchpoint_count };
}

export function toPersonaDto(row: JourneyRow & PersonaRow): PersonaDto | null {
  if (row.persona_id === null || row.persona_name === null) return null;
  return {
    id: row.persona_id,
    name: row.persona_name,
    description: row.persona_description ?? '',
    goals: row.persona_goals ?? '',
    frustrations: row.persona_frustrations ?? '',
  };
}
