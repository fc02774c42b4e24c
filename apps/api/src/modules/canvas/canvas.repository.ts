import { Injectable } from '@nestjs/common';
import type { LinkDto, StageDto, TouchpointDto } from '@cxmap/domain';
import type { GraphContent } from '@cxmap/journey-format';
import type { EntityManager } from 'typeorm';
import { execute, select } from '../../database/sql';
import type { KindPlan } from './change-plan';
import {
  LINK_COLUMNS,
  STAGE_COLUMNS,
  TOUCHPOINT_COLUMNS,
  toLinkDto,
  toStageDto,
  toTouchpointDto,
  type LinkRow,
  type StageRow,
  type TouchpointRow,
} from './content-rows';

/** A journey inside its workspace: every query here is scoped by both. */
export interface ContentScope {
  workspaceId: string;
  journeyId: string;
}

/**
 * The graph tables. Reads are three plain queries; writes are one statement per entity kind and
 * kind of change (bulk INSERT / UPDATE … FROM unnest / DELETE … = ANY), whatever the batch size.
 */
@Injectable()
export class CanvasRepository {
  /** Locks the journey row for the rest of the transaction; null when it is not in the workspace. */
  async lockJourney(manager: EntityManager, scope: ContentScope): Promise<{ revision: number } | null> {
    const rows = await select<{ revision: number }>(
      manager,
      `SELECT revision FROM journeys WHERE id = $1 AND workspace_id = $2 FOR UPDATE`,
      [scope.journeyId, scope.workspaceId],
    );
    return rows[0] ?? null;
  }

  async loadContent(manager: EntityManager, scope: ContentScope): Promise<GraphContent> {
    const params = [scope.workspaceId, scope.journeyId];
    const stages = await select<StageRow>(
      manager,
      `SELECT ${STAGE_COLUMNS} FROM stages WHERE workspace_id = $1 AND journey_id = $2 ORDER BY "order", id`,
      params,
    );
    const touchpoints = await select<TouchpointRow>(
      manager,
      `SELECT ${TOUCHPOINT_COLUMNS} FROM touchpoints WHERE workspace_id = $1 AND journey_id = $2 ORDER BY created_at, id`,
      params,
    );
    const links = await select<LinkRow>(
      manager,
      `SELECT ${LINK_COLUMNS} FROM links WHERE workspace_id = $1 AND journey_id = $2 ORDER BY created_at, id`,
      params,
    );
    return { stages: stages.map(toStageDto), touchpoints: touchpoints.map(toTouchpointDto), links: links.map(toLinkDto) };
  }

  /** Returns the ids that could not be inserted because another row of the workspace (in another journey) holds them. */
  async insertStages(manager: EntityManager, scope: ContentScope, stages: readonly StageDto[]): Promise<string[]> {
    if (stages.length === 0) return [];
    const { rows } = await execute<{ id: string }>(
      manager,
      `INSERT INTO stages (id, workspace_id, journey_id, name, phase, "order", customer_goal, description, version)
       SELECT v.id, $1, $2, v.name, v.phase, v.ord, v.customer_goal, v.description, v.version
         FROM unnest($3::uuid[], $4::text[], $5::text[], $6::float8[], $7::text[], $8::text[], $9::int[])
           AS v(id, name, phase, ord, customer_goal, description, version)
       ON CONFLICT (workspace_id, id) DO NOTHING
       RETURNING id`,
      [
        scope.workspaceId,
        scope.journeyId,
        stages.map((s) => s.id),
        stages.map((s) => s.name),
        stages.map((s) => s.phase),
        stages.map((s) => s.order),
        stages.map((s) => s.customerGoal),
        stages.map((s) => s.description),
        stages.map((s) => s.version),
      ],
    );
    return missing(stages, rows);
  }

  async insertTouchpoints(manager: EntityManager, scope: ContentScope, items: readonly TouchpointDto[]): Promise<string[]> {
    if (items.length === 0) return [];
    const { rows } = await execute<{ id: string }>(
      manager,
      `INSERT INTO touchpoints (id, workspace_id, journey_id, stage_id, title, description, channel, interaction,
                                owner_team, layer, emotion, position_x, position_y, version)
       SELECT v.id, $1, $2, v.stage_id, v.title, v.description, v.channel, v.interaction,
              v.owner_team, v.layer, v.emotion, v.position_x, v.position_y, v.version
         FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                     $11::smallint[], $12::float8[], $13::float8[], $14::int[])
           AS v(id, stage_id, title, description, channel, interaction, owner_team, layer, emotion,
                position_x, position_y, version)
       ON CONFLICT (workspace_id, id) DO NOTHING
       RETURNING id`,
      [scope.workspaceId, scope.journeyId, ...touchpointColumns(items)],
    );
    return missing(items, rows);
  }

  async insertLinks(manager: EntityManager, scope: ContentScope, links: readonly LinkDto[]): Promise<string[]> {
    if (links.length === 0) return [];
    const { rows } = await execute<{ id: string }>(
      manager,
      `INSERT INTO links (id, workspace_id, journey_id, source_id, target_id, type, label, version)
       SELECT v.id, $1, $2, v.source_id, v.target_id, v.type, v.label, v.version
         FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::int[])
           AS v(id, source_id, target_id, type, label, version)
       ON CONFLICT (workspace_id, id) DO NOTHING
       RETURNING id`,
      [
        scope.workspaceId,
        scope.journeyId,
        links.map((l) => l.id),
        links.map((l) => l.sourceId),
        links.map((l) => l.targetId),
        links.map((l) => l.type),
        links.map((l) => l.label),
        links.map((l) => l.version),
      ],
    );
    return missing(links, rows);
  }

  /** Each UPDATE carries the full next row and only touches rows still at their previous version. */
  async updateStages(manager: EntityManager, scope: ContentScope, updates: KindPlan<StageDto>['updates']): Promise<number> {
    if (updates.length === 0) return 0;
    const stages = updates.map((u) => u.next);
    const { affected } = await execute(
      manager,
      `UPDATE stages s
          SET name = v.name, phase = v.phase, "order" = v.ord, customer_goal = v.customer_goal,
              description = v.description, version = v.version, updated_at = now()
         FROM unnest($3::uuid[], $4::text[], $5::text[], $6::float8[], $7::text[], $8::text[], $9::int[], $10::int[])
           AS v(id, name, phase, ord, customer_goal, description, version, previous_version)
        WHERE s.id = v.id AND s.workspace_id = $1 AND s.journey_id = $2 AND s.version = v.previous_version`,
      [
        scope.workspaceId,
        scope.journeyId,
        stages.map((s) => s.id),
        stages.map((s) => s.name),
        stages.map((s) => s.phase),
        stages.map((s) => s.order),
        stages.map((s) => s.customerGoal),
        stages.map((s) => s.description),
        stages.map((s) => s.version),
        updates.map((u) => u.previousVersion),
      ],
    );
    return affected;
  }

  async updateTouchpoints(
    manager: EntityManager,
    scope: ContentScope,
    updates: KindPlan<TouchpointDto>['updates'],
  ): Promise<number> {
    if (updates.length === 0) return 0;
    const { affected } = await execute(
      manager,
      `UPDATE touchpoints t
          SET stage_id = v.stage_id, title = v.title, description = v.description, channel = v.channel,
              interaction = v.interaction, owner_team = v.owner_team, layer = v.layer, emotion = v.emotion,
              position_x = v.position_x, position_y = v.position_y, version = v.version, updated_at = now()
         FROM unnest($3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                     $11::smallint[], $12::float8[], $13::float8[], $14::int[], $15::int[])
           AS v(id, stage_id, title, description, channel, interaction, owner_team, layer, emotion,
                position_x, position_y, version, previous_version)
        WHERE t.id = v.id AND t.workspace_id = $1 AND t.journey_id = $2 AND t.version = v.previous_version`,
      [
        scope.workspaceId,
        scope.journeyId,
        ...touchpointColumns(updates.map((u) => u.next)),
        updates.map((u) => u.previousVersion),
      ],
    );
    return affected;
  }

  async updateLinks(manager: EntityManager, scope: ContentScope, updates: KindPlan<LinkDto>['updates']): Promise<number> {
    if (updates.length === 0) return 0;
    const links = updates.map((u) => u.next);
    const { affected } = await execute(
      manager,
      `UPDATE links l
          SET source_id = v.source_id, target_id = v.target_id, type = v.type, label = v.label,
              version = v.version, updated_at = now()
         FROM unnest($3::uuid[], $4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::int[], $9::int[])
           AS v(id, source_id, target_id, type, label, version, previous_version)
        WHERE l.id = v.id AND l.workspace_id = $1 AND l.journey_id = $2 AND l.version = v.previous_version`,
      [
        scope.workspaceId,
        scope.journeyId,
        links.map((l) => l.id),
        links.map((l) => l.sourceId),
        links.map((l) => l.targetId),
        links.map((l) => l.type),
        links.map((l) => l.label),
        links.map((l) => l.version),
        updates.map((u) => u.previousVersion),
      ],
    );
    return affected;
  }

  async deleteRows(
    manager: EntityManager,
    scope: ContentScope,
    table: 'stages' | 'touchpoints' | 'links',
    ids: readonly string[],
  ): Promise<void> {
    if (ids.length === 0) return;
    await execute(manager, `DELETE FROM ${table} WHERE id = ANY($1::uuid[]) AND workspace_id = $2 AND journey_id = $3`, [
      ids,
      scope.workspaceId,
      scope.journeyId,
    ]);
  }

  async bumpRevision(manager: EntityManager, scope: ContentScope): Promise<number> {
    const { rows } = await execute<{ revision: number }>(
      manager,
      `UPDATE journeys SET revision = revision + 1, updated_at = now()
        WHERE id = $1 AND workspace_id = $2
        RETURNING revision`,
      [scope.journeyId, scope.workspaceId],
    );
    const row = rows[0];
    if (!row) throw new Error('journey vanished while locked');
    return row.revision;
  }
}

function touchpointColumns(items: readonly TouchpointDto[]): unknown[][] {
  return [
    items.map((t) => t.id),
    items.map((t) => t.stageId),
    items.map((t) => t.title),
    items.map((t) => t.description),
    items.map((t) => t.channel),
    items.map((t) => t.interaction),
    items.map((t) => t.ownerTeam),
    items.map((t) => t.layer),
    items.map((t) => t.emotion),
    items.map((t) => t.position.x),
    items.map((t) => t.position.y),
    items.map((t) => t.version),
  ];
}

function missing(items: readonly { id: string }[], inserted: readonly { id: string }[]): string[] {
  const done = new Set(inserted.map((r) => r.id));
  return items.filter((i) => !done.has(i.id)).map((i) => i.id);
}
