import { Injectable } from '@nestjs/common';
import type { CreateMetricDefinitionRequest, MeasurementKind, PeriodKind } from '@cxmap/domain';
import type { EntityManager } from 'typeorm';
import { execute, select } from '../../database/sql';
import {
  ATTACHMENT_COLUMNS,
  DEFINITION_COLUMNS,
  TOTALS_COLUMNS,
  type AttachmentRow,
  type DefinitionRow,
  type TotalsRow,
} from './metric-rows';

export interface NewAttachment {
  journeyId: string;
  touchpointId: string | null;
  linkId: string | null;
  metricKey: string;
  kind: MeasurementKind;
  target: number;
  warning: number;
  isKey: boolean;
}

export interface AttachmentPatch {
  target: number;
  warning: number;
  isKey: boolean;
}

/** Names of what a metric is attached to: a touchpoint's title; a link's label and its ends' titles. */
export interface MetricTargetRow {
  name: string;
  source_title: string | null;
  target_title: string | null;
}

/** The latest period of an attachment (`latest`) or the one just before it, with its pooled figures. */
export interface PeriodTotalsRow extends TotalsRow {
  attachment_id: string;
  period_kind: PeriodKind;
  period_start: string;
  latest: boolean;
}

/** Custom metric definitions and metric attachments; every method is scoped by `workspaceId`. */
@Injectable()
export class MetricsRepository {
  async countAttachments(manager: EntityManager, workspaceId: string, journeyId: string): Promise<number> {
    const [row] = await select<{ n: number }>(manager, `SELECT count(*)::int AS n FROM metric_attachments WHERE workspace_id = $1 AND journey_id = $2`, [
      workspaceId,
      journeyId,
    ]);
    return row?.n ?? 0;
  }

  /**
   * Through `manager`: inside a transaction, its own (PGlite serves one session; another connection would wait on it).
   * `lock` holds the rows found against deletion until the transaction ends (FOR KEY SHARE: renames still pass).
   */
  listDefinitions(manager: EntityManager, workspaceId: string, keys?: readonly string[], lock = false): Promise<DefinitionRow[]> {
    if (keys === undefined) {
      return select<DefinitionRow>(manager, `SELECT ${DEFINITION_COLUMNS} FROM metric_definitions d WHERE d.workspace_id = $1 ORDER BY d.key`, [
        workspaceId,
      ]);
    }
    return select<DefinitionRow>(
      manager,
      `SELECT ${DEFINITION_COLUMNS} FROM metric_definitions d WHERE d.workspace_id = $1 AND d.key = ANY($2::varchar[])${lock ? ' FOR KEY SHARE' : ''}`,
      [workspaceId, keys],
    );
  }

  /** The custom metric, locked for a change or a deletion; null when the workspace has none with this key. */
  async lockDefinition(manager: EntityManager, workspaceId: string, key: string): Promise<DefinitionRow | null> {
    const rows = await select<DefinitionRow>(
      manager,
      `SELECT ${DEFINITION_COLUMNS} FROM metric_definitions d WHERE d.workspace_id = $1 AND d.key = $2 FOR UPDATE`,
      [workspaceId, key],
    );
    return rows[0] ?? null;
  }

  /** Writes the words and raises the version, only while it is still `version`; null otherwise. */
  async updateDefinition(
    manager: EntityManager,
    workspaceId: string,
    key: string,
    version: number,
    patch: { name: string; description: string; family: DefinitionRow['family'] },
  ): Promise<DefinitionRow | null> {
    const { rows } = await execute<DefinitionRow>(
      manager,
      `UPDATE metric_definitions d SET name = $4, description = $5, family = $6, version = d.version + 1
        WHERE d.workspace_id = $1 AND d.key = $2 AND d.version = $3
        RETURNING ${DEFINITION_COLUMNS}`,
      [workspaceId, key, version, patch.name, patch.description, patch.family],
    );
    return rows[0] ?? null;
  }

  /** Where the metric is attached: how many attachments, in how many journeys. */
  async definitionUse(manager: EntityManager, workspaceId: string, key: string): Promise<{ attachments: number; journeys: number }> {
    const [row] = await select<{ attachments: number; journeys: number }>(
      manager,
      `SELECT count(*)::int AS attachments, count(DISTINCT a.journey_id)::int AS journeys
         FROM metric_attachments a WHERE a.workspace_id = $1 AND a.metric_key = $2`,
      [workspaceId, key],
    );
    return row ?? { attachments: 0, journeys: 0 };
  }

  async deleteDefinition(manager: EntityManager, workspaceId: string, key: string): Promise<void> {
    await execute(manager, `DELETE FROM metric_definitions WHERE workspace_id = $1 AND key = $2`, [workspaceId, key]);
  }

  /** Inserts unless the key exists or the workspace holds `max` definitions; null when the key is taken. */
  async insertDefinition(
    manager: EntityManager,
    workspaceId: string,
    definition: CreateMetricDefinitionRequest,
    max: number,
  ): Promise<{ row: DefinitionRow | null; full: boolean }> {
    // Serialises concurrent creations in one workspace so the count check below holds.
    await execute(manager, `SELECT id FROM workspaces WHERE id = $1 FOR UPDATE`, [workspaceId]);
    const [{ total } = { total: 0 }] = await select<{ total: number }>(
      manager,
      `SELECT count(*)::int AS total FROM metric_definitions WHERE workspace_id = $1`,
      [workspaceId],
    );
    if (total >= max) return { row: null, full: true };
    const { rows } = await execute<DefinitionRow>(
      manager,
      `INSERT INTO metric_definitions AS d (workspace_id, key, name, description, family, unit, scale_min, scale_max, direction, kind,
              value_pooling, applies_to)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::varchar[])
       ON CONFLICT DO NOTHING
       RETURNING ${DEFINITION_COLUMNS}`,
      [
        workspaceId,
        definition.key,
        definition.name,
        definition.description ?? '',
        definition.family,
        definition.unit,
        definition.scale?.min ?? null,
        definition.scale?.max ?? null,
        definition.direction,
        definition.kind,
        definition.valuePooling ?? null,
        definition.appliesTo,
      ],
    );
    return { row: rows[0] ?? null, full: false };
  }

  /**
   * The touchpoint's title, or the link's label and its ends' titles, when it exists in the journey;
   * locks it against deletion until the transaction ends.
   */
  async lockTarget(manager: EntityManager, workspaceId: string, journeyId: string, target: 'touchpoint' | 'link', id: string): Promise<MetricTargetRow | null> {
    const sql =
      target === 'touchpoint'
        ? `SELECT t.title AS name, NULL::text AS source_title, NULL::text AS target_title
             FROM touchpoints t WHERE t.workspace_id = $1 AND t.journey_id = $2 AND t.id = $3 FOR KEY SHARE`
        : `SELECT l.label AS name, s.title AS source_title, t.title AS target_title
             FROM links l
             JOIN touchpoints s ON s.workspace_id = l.workspace_id AND s.id = l.source_id
             JOIN touchpoints t ON t.workspace_id = l.workspace_id AND t.id = l.target_id
            WHERE l.workspace_id = $1 AND l.journey_id = $2 AND l.id = $3 FOR KEY SHARE OF l`;
    const rows = await select<MetricTargetRow>(manager, sql, [workspaceId, journeyId, id]);
    return rows[0] ?? null;
  }

  /** Null when the metric is already attached there; the caller has checked (and locked) the target. */
  async insertAttachment(manager: EntityManager, workspaceId: string, attachment: NewAttachment): Promise<AttachmentRow | null> {
    const { rows } = await execute<AttachmentRow>(
      manager,
      `INSERT INTO metric_attachments AS a (workspace_id, journey_id, touchpoint_id, link_id, metric_key, kind, target, warning, is_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT DO NOTHING
       RETURNING ${ATTACHMENT_COLUMNS}`,
      [
        workspaceId,
        attachment.journeyId,
        attachment.touchpointId,
        attachment.linkId,
        attachment.metricKey,
        attachment.kind,
        attachment.target,
        attachment.warning,
        attachment.isKey,
      ],
    );
    return rows[0] ?? null;
  }

  listAttachments(manager: EntityManager, workspaceId: string, journeyId: string, attachmentId?: string): Promise<AttachmentRow[]> {
    return select<AttachmentRow>(
      manager,
      `SELECT ${ATTACHMENT_COLUMNS} FROM metric_attachments a
        WHERE a.workspace_id = $1 AND a.journey_id = $2 AND ($3::uuid IS NULL OR a.id = $3)
        ORDER BY a.created_at, a.id`,
      [workspaceId, journeyId, attachmentId ?? null],
    );
  }

  async findAttachment(manager: EntityManager, workspaceId: string, journeyId: string, attachmentId: string, lock = false): Promise<AttachmentRow | null> {
    const rows = await select<AttachmentRow>(
      manager,
      `SELECT ${ATTACHMENT_COLUMNS} FROM metric_attachments a
        WHERE a.workspace_id = $1 AND a.journey_id = $2 AND a.id = $3${lock ? ' FOR UPDATE' : ''}`,
      [workspaceId, journeyId, attachmentId],
    );
    return rows[0] ?? null;
  }

  /** Applies the patch if the version still matches; null when it does not. */
  async updateAttachment(
    manager: EntityManager,
    workspaceId: string,
    attachmentId: string,
    version: number,
    patch: AttachmentPatch,
  ): Promise<AttachmentRow | null> {
    const { rows } = await execute<AttachmentRow>(
      manager,
      `UPDATE metric_attachments a
          SET target = $4, warning = $5, is_key = $6, version = a.version + 1, updated_at = now()
        WHERE a.workspace_id = $1 AND a.id = $2 AND a.version = $3
        RETURNING ${ATTACHMENT_COLUMNS}`,
      [workspaceId, attachmentId, version, patch.target, patch.warning, patch.isKey],
    );
    return rows[0] ?? null;
  }

  /** Deletes the attachment (its measurements cascade), returning how many measurements went with it; null when there is none. */
  async deleteAttachment(manager: EntityManager, workspaceId: string, journeyId: string, attachmentId: string): Promise<{ measurements: number } | null> {
    const { rows } = await execute<{ measurements: number }>(
      manager,
      `DELETE FROM metric_attachments a
        WHERE a.workspace_id = $1 AND a.journey_id = $2 AND a.id = $3
        RETURNING (SELECT count(*)::int FROM metric_measurements m WHERE m.workspace_id = $1 AND m.attachment_id = $3) AS measurements`,
      [workspaceId, journeyId, attachmentId],
    );
    return rows[0] ?? null;
  }

  /**
   * For each attachment of the journey (or the one given): the pooled figures of its latest period
   * (latest start; for equal starts the longest kind) and of the period of the same kind just
   * before it. One query, whatever the number of attachments.
   */
  latestPeriods(manager: EntityManager, workspaceId: string, journeyId: string, attachmentId?: string): Promise<PeriodTotalsRow[]> {
    return select<PeriodTotalsRow>(
      manager,
      `WITH latest AS (
         SELECT DISTINCT ON (m.attachment_id) m.attachment_id, m.period_kind, m.period_start
           FROM metric_measurements m
          WHERE m.workspace_id = $1 AND m.journey_id = $2 AND ($3::uuid IS NULL OR m.attachment_id = $3)
          ORDER BY m.attachment_id, m.period_start DESC,
                   CASE m.period_kind WHEN 'month' THEN 0 WHEN 'week' THEN 1 ELSE 2 END
       )
       SELECT l.attachment_id, l.period_kind, to_char(m.period_start, 'YYYY-MM-DD') AS period_start,
              (m.period_start = l.period_start) AS latest, ${TOTALS_COLUMNS}
         FROM latest l
         JOIN metric_measurements m
           ON m.workspace_id = $1 AND m.attachment_id = l.attachment_id AND m.period_kind = l.period_kind
          AND m.period_start IN (l.period_start, (l.period_start - CASE l.period_kind
                WHEN 'day' THEN interval '1 day' WHEN 'week' THEN interval '7 days' ELSE interval '1 month' END)::date)
        GROUP BY l.attachment_id, l.period_kind, m.period_start, l.period_start`,
      [workspaceId, journeyId, attachmentId ?? null],
    );
  }
}
