import { Injectable } from '@nestjs/common';
import type { EntityData, EntityKind, LinkData, LinkDto, StageData, StageDto, TouchpointData, TouchpointDto } from '@cxmap/domain';
import type { GraphContent } from '@cxmap/journey-format';
import type { EntityManager } from 'typeorm';
import { arrayParam } from '../../database/array-literal';
import { execute, select } from '../../database/sql';
import type { BatchReach } from './batch-reach';
import type { KindPlan } from './change-plan';
import type { FieldUpdateGroup } from './field-updates';
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
  /**
   * Locks the journey row for the rest of the transaction and reads its revision and name (for the
   * audit log); null when it is not in the workspace.
   */
  async lockJourney(manager: EntityManager, scope: ContentScope): Promise<{ revision: number; name: string } | null> {
    const rows = await select<{ revision: number; name: string }>(
      manager,
      `SELECT revision, name FROM journeys WHERE id = $1 AND workspace_id = $2 FOR UPDATE`,
      [scope.journeyId, scope.workspaceId],
    );
    return rows[0] ?? null;
  }

  /**
   * Stages, touchpoints and links of the journey, in their display order. `concurrently` sends the
   * three queries at once — on a manager outside a transaction, each takes a pooled connection.
   */
  async loadContent(manager: EntityManager, scope: ContentScope, concurrently = false): Promise<GraphContent> {
    const params = [scope.workspaceId, scope.journeyId];
    const queries = [
      () => select<StageRow>(manager, `SELECT ${STAGE_COLUMNS} FROM stages WHERE workspace_id = $1 AND journey_id = $2 ORDER BY "order", id`, params),
      () =>
        select<TouchpointRow>(
          manager,
          `SELECT ${TOUCHPOINT_COLUMNS} FROM touchpoints WHERE workspace_id = $1 AND journey_id = $2 ORDER BY created_at, id`,
          params,
        ),
      () => select<LinkRow>(manager, `SELECT ${LINK_COLUMNS} FROM links WHERE workspace_id = $1 AND journey_id = $2 ORDER BY created_at, id`, params),
    ] as const;
    const [stages, touchpoints, links] = concurrently
      ? await Promise.all([queries[0](), queries[1](), queries[2]()])
      : [await queries[0](), await queries[1](), await queries[2]()];
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
    return this.updateRows(manager, scope, 'stage', updates.map(planned), fields);
  }

  updateTouchpoints(
    manager: EntityManager,
    scope: ContentScope,
    updates: KindPlan<TouchpointDto>['updates'],
    fields: ReadonlySet<string>,
  ): Promise<number> {
    return this.updateRows(manager, scope, 'touchpoint', updates.map(planned), fields);
  }

  updateLinks(manager: EntityManager, scope: ContentScope, updates: KindPlan<LinkDto>['updates'], fields: ReadonlySet<string>): Promise<number> {
    return this.updateRows(manager, scope, 'link', updates.map(planned), fields);
  }

  /**
   * Plain-field updates straight from a batch (see field-updates.ts), without loading the rows:
   * each row is updated only if it is in the journey at the version the caller saw, and moves to
   * the next version. Returns how many rows were updated; fewer than asked means a stale or
   * missing entity, and the caller rolls the statement back.
   */
  updateFields<K extends EntityKind>(manager: EntityManager, scope: ContentScope, group: FieldUpdateGroup<K>): Promise<number> {
    const rows = group.updates.map((u) => ({ id: u.id, version: u.version + 1, previousVersion: u.version, values: u.data }));
    return this.updateRows(manager, scope, group.entity, rows, group.fields);
  }

  private async updateRows<K extends EntityKind>(
    manager: EntityManager,
    scope: ContentScope,
    kind: K,
    rows: readonly RowUpdate<EntityData[K]>[],
    fields: ReadonlySet<string>,
  ): Promise<number> {
    if (rows.length === 0) return 0;
    const { table, columnsOf } = UPDATABLE[kind] as unknown as Updatable<EntityData[K]>;
    const columns: UpdateColumn<EntityData[K]>[] = [];
    for (const field of fields) {
      const mapped = Object.hasOwn(columnsOf, field) ? columnsOf[field as keyof EntityData[K]] : undefined;
      if (!mapped) throw new Error(`no column for the ${table} field ${field}`);
      columns.push(...mapped);
    }
    const n = rows.length;
    const ids = new Array<string>(n);
    const versions = new Array<number>(n);
    const previous = new Array<number>(n);
    const values = columns.map(() => new Array<unknown>(n));
    for (let i = 0; i < n; i++) {
      const row = rows[i] as RowUpdate<EntityData[K]>;
      ids[i] = row.id;
      versions[i] = row.version;
      previous[i] = row.previousVersion;
      for (let c = 0; c < columns.length; c++) (values[c] as unknown[])[i] = (columns[c] as UpdateColumn<EntityData[K]>).value(row.values);
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
      // Numbers and UUIDs as ready array literals; text columns are escaped by the driver.
      [scope.workspaceId, scope.journeyId, arrayParam(ids), arrayParam(versions), arrayParam(previous), ...values.map((v, i) => (columns[i]?.type === 'text' ? v : arrayParam(v)))],
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

/** One row to update: its new and previous version and (at least) the values of the fields set. */
interface RowUpdate<D> {
  id: string;
  version: number;
  previousVersion: number;
  values: Partial<D>;
}

function planned<T extends { id: string; version: number }>(update: { next: T; previousVersion: number }): RowUpdate<T> {
  return { id: update.next.id, version: update.next.version, previousVersion: update.previousVersion, values: update.next };
}

/** A column that an update of a data field sets, with its SQL array type and its value in the data. */
interface UpdateColumn<D> {
  name: string;
  type: string;
  value: (data: Partial<D>) => unknown;
}

type Updatable<D> = { table: 'stages' | 'touchpoints' | 'links'; columnsOf: Readonly<Record<keyof D, readonly UpdateColumn<D>[]>> };

const STAGE_FIELDS: Record<keyof StageData, readonly UpdateColumn<StageData>[]> = {
  name: [{ name: 'name', type: 'text', value: (s) => s.name }],
  phase: [{ name: 'phase', type: 'text', value: (s) => s.phase }],
  order: [{ name: '"order"', type: 'float8', value: (s) => s.order }],
  customerGoal: [{ name: 'customer_goal', type: 'text', value: (s) => s.customerGoal }],
  description: [{ name: 'description', type: 'text', value: (s) => s.description }],
};

const TOUCHPOINT_FIELDS: Record<keyof TouchpointData, readonly UpdateColumn<TouchpointData>[]> = {
  stageId: [{ name: 'stage_id', type: 'uuid', value: (t) => t.stageId }],
  title: [{ name: 'title', type: 'text', value: (t) => t.title }],
  description: [{ name: 'description', type: 'text', value: (t) => t.description }],
  channel: [{ name: 'channel', type: 'text', value: (t) => t.channel }],
  interaction: [{ name: 'interaction', type: 'text', value: (t) => t.interaction }],
  ownerTeam: [{ name: 'owner_team', type: 'text', value: (t) => t.ownerTeam }],
  layer: [{ name: 'layer', type: 'text', value: (t) => t.layer }],
  emotion: [{ name: 'emotion', type: 'smallint', value: (t) => t.emotion }],
  position: [
    { name: 'position_x', type: 'float8', value: (t) => t.position?.x },
    { name: 'position_y', type: 'float8', value: (t) => t.position?.y },
  ],
};

const LINK_FIELDS: Record<keyof LinkData, readonly UpdateColumn<LinkData>[]> = {
  sourceId: [{ name: 'source_id', type: 'uuid', value: (l) => l.sourceId }],
  targetId: [{ name: 'target_id', type: 'uuid', value: (l) => l.targetId }],
  type: [{ name: 'type', type: 'text', value: (l) => l.type }],
  label: [{ name: 'label', type: 'text', value: (l) => l.label }],
};

const UPDATABLE: { [K in EntityKind]: Updatable<EntityData[K]> } = {
  stage: { table: 'stages', columnsOf: STAGE_FIELDS },
  touchpoint: { table: 'touchpoints', columnsOf: TOUCHPOINT_FIELDS },
  link: { table: 'links', columnsOf: LINK_FIELDS },
};
