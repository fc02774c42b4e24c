import { Injectable } from '@nestjs/common';
import type { JourneyState, JourneyStatus } from '@cxmap/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { cursorTimestampSql } from '../../core/pagination/cursor';
import { execute, select } from '../../database/sql';
import { PersonaEntity } from './entities/persona.entity';
import { JOURNEY_COLUMNS, type JourneyRow, type JourneySummaryRow, type PersonaRow } from './journey-rows';

export interface NewJourney {
  name: string;
  description: string;
  personaId: string | null;
  /** Default: current, draft. */
  state?: JourneyState;
  status?: JourneyStatus;
}

export interface JourneyPatch {
  name?: string;
  description?: string;
  state?: JourneyState;
  status?: JourneyStatus;
}

export interface NewPersona {
  name: string;
  description: string;
  goals: string;
  frustrations: string;
}

/** Journeys and personas; every method is scoped by `workspaceId`. */
@Injectable()
export class JourneysRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One query: up to `take` journeys of a workspace with their stage and touchpoint counts, most
   * recently updated first, after the keyset `after` ([updated_at, id] of the previous page's last row).
   */
  listSummaries(workspaceId: string, take: number, after: readonly [string, string] | null): Promise<JourneySummaryRow[]> {
    return select<JourneySummaryRow>(
      this.dataSource.manager,
      `SELECT ${JOURNEY_COLUMNS}, ${cursorTimestampSql('j.updated_at')} AS cursor_time,
              (SELECT count(*) FROM stages s WHERE s.workspace_id = j.workspace_id AND s.journey_id = j.id)::int AS stage_count,
              (SELECT count(*) FROM touchpoints t WHERE t.workspace_id = j.workspace_id AND t.journey_id = j.id)::int
                AS touchpoint_count
         FROM journeys j
        WHERE j.workspace_id = $1
          AND ($3::timestamp IS NULL
               OR j.updated_at < $3::timestamp AT TIME ZONE 'UTC'
               OR (j.updated_at = $3::timestamp AT TIME ZONE 'UTC' AND j.id > $4::uuid))
        ORDER BY j.updated_at DESC, j.id
        LIMIT $2`,
      [workspaceId, take, after?.[0] ?? null, after?.[1] ?? null],
    );
  }

  async findWithPersona(manager: EntityManager, workspaceId: string, journeyId: string): Promise<(JourneyRow & PersonaRow) | null> {
    const rows = await select<JourneyRow & PersonaRow>(
      manager,
      `SELECT ${JOURNEY_COLUMNS}, p.name AS persona_name, p.description AS persona_description,
              p.goals AS persona_goals, p.frustrations AS persona_frustrations
         FROM journeys j
         LEFT JOIN personas p ON p.id = j.persona_id AND p.workspace_id = j.workspace_id
        WHERE j.id = $1 AND j.workspace_id = $2`,
      [journeyId, workspaceId],
    );
    return rows[0] ?? null;
  }

  async find(manager: EntityManager, workspaceId: string, journeyId: string, lock = false): Promise<JourneyRow | null> {
    const rows = await select<JourneyRow>(
      manager,
      `SELECT ${JOURNEY_COLUMNS} FROM journeys j WHERE j.id = $1 AND j.workspace_id = $2${lock ? ' FOR UPDATE' : ''}`,
      [journeyId, workspaceId],
    );
    return rows[0] ?? null;
  }

  /** The journey's revision, or null when it does not exist in the workspace. */
  async revision(manager: EntityManager, workspaceId: string, journeyId: string): Promise<number | null> {
    const rows = await select<{ revision: number }>(manager, `SELECT revision FROM journeys WHERE id = $1 AND workspace_id = $2`, [journeyId, workspaceId]);
    return rows[0]?.revision ?? null;
  }

  async insert(manager: EntityManager, workspaceId: string, journey: NewJourney): Promise<string> {
    const { rows } = await execute<{ id: string }>(
      manager,
      `INSERT INTO journeys (workspace_id, persona_id, name, description, state, status)
       VALUES ($1, $2, $3, $4, COALESCE($5, 'current'), COALESCE($6, 'draft')) RETURNING id`,
      [workspaceId, journey.personaId, journey.name, journey.description, journey.state ?? null, journey.status ?? null],
    );
    const row = rows[0];
    if (!row) throw new Error('journey insert returned nothing');
    return row.id;
  }

  /** Applies the patch and bumps the revision; the row must be locked by the caller. */
  async update(manager: EntityManager, workspaceId: string, journeyId: string, patch: JourneyPatch): Promise<JourneyRow> {
    const { rows } = await execute<JourneyRow>(
      manager,
      `UPDATE journeys j
          SET name = COALESCE($3, j.name),
              description = COALESCE($4, j.description),
              state = COALESCE($5, j.state),
              status = COALESCE($6, j.status),
              revision = j.revision + 1,
              updated_at = now()
        WHERE j.id = $1 AND j.workspace_id = $2
        RETURNING ${JOURNEY_COLUMNS}`,
      [journeyId, workspaceId, patch.name ?? null, patch.description ?? null, patch.state ?? null, patch.status ?? null],
    );
    const row = rows[0];
    if (!row) throw new Error('journey vanished while locked');
    return row;
  }

  /** Deletes the journey (its content cascades) and returns its name; null when it does not exist. */
  async delete(manager: EntityManager, workspaceId: string, journeyId: string): Promise<string | null> {
    const { rows } = await execute<{ name: string }>(
      manager,
      `DELETE FROM journeys WHERE id = $1 AND workspace_id = $2 RETURNING name`,
      [journeyId, workspaceId],
    );
    return rows[0]?.name ?? null;
  }

  async insertPersona(manager: EntityManager, workspaceId: string, persona: NewPersona): Promise<string> {
    const saved = await manager.save(manager.create(PersonaEntity, { workspaceId, ...persona }));
    return saved.id;
  }
}
