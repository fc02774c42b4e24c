import { Injectable } from '@nestjs/common';
import type { LinkData, LinkDto, StageData, StageDto, TouchpointData, TouchpointDto } from '@cxmap/domain';
import type { GraphContent } from '@cxmap/journey-format';
import type { EntityManager } from 'typeorm';
import { execute, select } from '../../database/sql';
import type { BatchReach } from './batch-reach';
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

/** Above this many ids to match, loadReach reads the journey's whole table. */
const WHOLE_TABLE_ABOVE = 200;

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

  /** The journey's name, for the audit log (the row is locked by the batch already). */
  async journeyName(manager: EntityManager, scope: ContentScope): Promise<string> {
    const rows = await select<{ name: string }>(manager, `SELECT name FROM journeys WHERE id = $1 AND workspace_id = $2`, [
      scope.journeyId,
      scope.workspaceId,
    ]);
    const row = rows[0];
    if (!row) throw new Error('journey vanished while locked');
    return row.name;
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

  /**
   * The part of the journey that a batch can reach (see BatchReach): all stages, then the
   * touchpoints and links the batch can read or change. A batch that names many rows reads the
   * journey's whole table instead (cheaper than matching thousands of ids, and a superset is always
   * correct). Unordered: applyOps does not depend on the order of rows.
   */
  async loadReach(manager: EntityManager, scope: ContentScope, reach: BatchReach): Promise<GraphContent> {
    const params = [scope.workspaceId, scope.journeyId];
    const stages = await select<StageRow>(
      manager,
      `SELECT ${STAGE_COLUMNS} FROM stages WHERE workspace_id = $1 AND journey_id = $2 ORDER BY "order", id`,
      params,
    );
    const touchpointKeys = reach.touchpointIds.length + reach.deletedStageIds.length + reach.linkOpIds.length;
    const touchpoints =
      touchpointKeys === 0
        ? []
        : touchpointKeys > WHOLE_TABLE_ABOVE
          ? await select<TouchpointRow>(manager, `SELECT ${TOUCHPOINT_COLUMNS} FROM touchpoints WHERE workspace_id = $1 AND journey_id = $2`, params)
          : await select<TouchpointRow>(
              manager,
              `SELECT ${TOUCHPOINT_COLUMNS} FROM touchpoints
                WHERE workspace_id = $1 AND journey_id = $2
                  AND (id = ANY($3::uuid[]) OR stage_id = ANY($4::uuid[])
                       OR id IN (SELECT e.id FROM links l CROSS JOIN LATERAL (VALUES (l.source_id), (l.target_id)) AS e(id)
                                  WHERE l.workspace_id = $1 AND l.journey_id = $2 AND l.id = ANY($5::uuid[])))`,
              [...params, reach.touchpointIds, reach.deletedStageIds, reach.linkOpIds],
            );
    const removable = reach.allLoadedRemovable ? touchpoints.map((t) => t.id) : reach.removableTouchpointIds;
    const linkKeys = reach.linkIds.length + removable.length + reach.linkSourceIds.length;
    const links =
      linkKeys === 0
        ? []
        : linkKeys > WHOLE_TABLE_ABOVE
          ? await select<LinkRow>(manager, `SELECT ${LINK_COLUMNS} FROM links WHERE workspace_id = $1 AND journey_id = $2`, params)
          : await select<LinkRow>(
              manager,
              `SELECT ${LINK_COLUMNS} FROM links
                WHERE workspace_id = $1 AND journey_id = $2
                  AND (id = ANY($3::uuid[]) OR source_id = ANY($4::uuid[]) OR target_id = ANY($4::uuid[])
                       OR source_id = ANY($5::uuid[])
                       OR source_id IN (SELECT l.source_id FROM links l
                                         WHERE l.workspace_id = $1 AND l.journey_id = $2 AND l.id = ANY($6::uuid[])))`,
              [...params, reach.linkIds, removable, reach.linkSourceIds, reach.linkOpIds],
            );
    return { stages: stages.map(toStageDto), touchpoints: touchpoints.map(toTouchpointDto), links: links.map(toLinkDto) };
  }

  /** How many touchpoints and links the journey holds now. */
  async countContent(manager: EntityManager, scope: ContentScope): Promise<{ touchpoints: number; links: number }> {
    const rows = await select<{ touchpoints: number; links: number }>(
      manager,
      `SELECT (SELECT count(*) FROM touchpoints WHERE workspace_id = $1 AND journey_id = $2)::int AS touchpoints,
              (SELECT count(*) FROM links WHERE workspace_id = $1 AND journey_id = $2)::int AS links`,
      [scope.workspaceId, scope.journeyId],
    );
    return rows[0] ?? { touchpoints: 0, links: 0 };
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

  /**
   * One UPDATE per kind, keyed by the primary key (workspace_id, id): it sets the columns of
   * `fields` (the data fields the batch's updates name; the others keep their stored value) and the
   * version, and only touches rows of the journey still at their previous version.
   */
  updateStages(manager: EntityManager, scope: ContentScope, updates: KindPlan<StageDto>['updates'], fields: ReadonlySet<string>): Promise<number> {
    return this.update(manager, scope, 'stages', STAGE_FIELDS, updates, fields);
  }

  updateTouchpoints(
    manager: EntityManager,
    scope: ContentScope,
    updates: KindPlan<TouchpointDto>['updates'],
    fields: ReadonlySet<string>,
  ): Promise<number> {
    return this.update(manager, scope, 'touchpoints', TOUCHPOINT_FIELDS, updates, fields);
  }

  updateLinks(manager: EntityManager, scope: ContentScope, updates: KindPlan<LinkDto>['updates'], fields: ReadonlySet<string>): Promise<number> {
    return this.update(manager, scope, 'links', LINK_FIELDS, updates, fields);
  }

  private async update<T extends { id: string; version: number }>(
    manager: EntityManager,
    scope: ContentScope,
    table: 'stages' | 'touchpoints' | 'links',
    columnsOf: Readonly<Record<string, readonly UpdateColumn<T>[]>>,
    updates: KindPlan<T>['updates'],
    fields: ReadonlySet<string>,
  ): Promise<number> {
    if (updates.length === 0) return 0;
    const columns: UpdateColumn<T>[] = [];
    for (const field of fields) {
      const mapped = Object.hasOwn(columnsOf, field) ? columnsOf[field] : undefined;
      if (!mapped) throw new Error(`no column for the ${table} field ${field}`);
      columns.push(...mapped);
    }
    const n = updates.length;
    const ids = new Array<string>(n);
    const versions = new Array<number>(n);
    const previous = new Array<number>(n);
    const values = columns.map(() => new Array<unknown>(n));
    for (let i = 0; i < n; i++) {
      const { next, previousVersion } = updates[i] as KindPlan<T>['updates'][number];
      ids[i] = next.id;
      versions[i] = next.version;
      previous[i] = previousVersion;
      for (let c = 0; c < columns.length; c++) (values[c] as unknown[])[i] = (columns[c] as UpdateColumn<T>).value(next);
    }
    const set = columns.map((c, i) => `${c.name} = v.c${i}, `).join('');
    const arrays = columns.map((c, i) => `$${i + 6}::${c.type}[]`);
    const names = columns.map((_c, i) => `c${i}`);
    const { affected } = await execute(
      manager,
      `UPDATE ${table} t
          SET ${set}version = v.version, updated_at = now()
         FROM unnest(${['$3::uuid[]', '$4::int[]', '$5::int[]', ...arrays].join(', ')})
           AS v(${['id', 'version', 'previous_version', ...names].join(', ')})
        WHERE t.workspace_id = $1 AND t.id = v.id AND t.journey_id = $2 AND t.version = v.previous_version`,
      [scope.workspaceId, scope.journeyId, ids, versions, previous, ...values],
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

/** A column that an update of a data field sets, with its SQL array type and its value in the DTO. */
interface UpdateColumn<T> {
  name: string;
  type: string;
  value: (entity: T) => unknown;
}

const STAGE_FIELDS: Record<keyof StageData, readonly UpdateColumn<StageDto>[]> = {
  name: [{ name: 'name', type: 'text', value: (s) => s.name }],
  phase: [{ name: 'phase', type: 'text', value: (s) => s.phase }],
  order: [{ name: '"order"', type: 'float8', value: (s) => s.order }],
  customerGoal: [{ name: 'customer_goal', type: 'text', value: (s) => s.customerGoal }],
  description: [{ name: 'description', type: 'text', value: (s) => s.description }],
};

const TOUCHPOINT_FIELDS: Record<keyof TouchpointData, readonly UpdateColumn<TouchpointDto>[]> = {
  stageId: [{ name: 'stage_id', type: 'uuid', value: (t) => t.stageId }],
  title: [{ name: 'title', type: 'text', value: (t) => t.title }],
  description: [{ name: 'description', type: 'text', value: (t) => t.description }],
  channel: [{ name: 'channel', type: 'text', value: (t) => t.channel }],
  interaction: [{ name: 'interaction', type: 'text', value: (t) => t.interaction }],
  ownerTeam: [{ name: 'owner_team', type: 'text', value: (t) => t.ownerTeam }],
  layer: [{ name: 'layer', type: 'text', value: (t) => t.layer }],
  emotion: [{ name: 'emotion', type: 'smallint', value: (t) => t.emotion }],
  position: [
    { name: 'position_x', type: 'float8', value: (t) => t.position.x },
    { name: 'position_y', type: 'float8', value: (t) => t.position.y },
  ],
};

const LINK_FIELDS: Record<keyof LinkData, readonly UpdateColumn<LinkDto>[]> = {
  sourceId: [{ name: 'source_id', type: 'uuid', value: (l) => l.sourceId }],
  targetId: [{ name: 'target_id', type: 'uuid', value: (l) => l.targetId }],
  type: [{ name: 'type', type: 'text', value: (l) => l.type }],
  label: [{ name: 'label', type: 'text', value: (l) => l.label }],
};
