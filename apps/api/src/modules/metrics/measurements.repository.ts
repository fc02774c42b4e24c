import { Injectable } from '@nestjs/common';
import type { MeasurementKind, MeasurementSource, MeasurementTargets, PeriodKind, RollupDimension } from '@cxmap/domain';
import type { EntityManager } from 'typeorm';
import { execute, select } from '../../database/sql';
import { TOTALS_COLUMNS, type TotalsRow } from './metric-rows';

/** The identity of a stored measurement: a re-sent row with the same key replaces it. */
export function measurementKey(attachmentId: string, period: string, periodStart: string, dimension: string): string {
  return JSON.stringify([attachmentId.toLowerCase(), period, periodStart, dimension]);
}

/** One row ready to store: the figures of its kind set, the others null. */
export interface StoredMeasurement {
  attachmentId: string;
  kind: MeasurementKind;
  period: PeriodKind;
  periodStart: string;
  dimension: string;
  source: MeasurementSource;
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
  ratings: (number | null)[];
  mean: number | null;
  count: number | null;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  sampleSize: number | null;
}

export interface MeasurementRow {
  id: string;
  attachment_id: string;
  period_kind: PeriodKind;
  period_start: string;
  dimension: string;
  source: MeasurementSource;
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
  rating_1: number | null;
  rating_2: number | null;
  rating_3: number | null;
  rating_4: number | null;
  rating_5: number | null;
  mean: number | null;
  count: number | null;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  sample_size: number | null;
  updated_at: Date;
}

const MEASUREMENT_COLUMNS = `m.id, m.attachment_id, m.period_kind, to_char(m.period_start, 'YYYY-MM-DD') AS period_start, m.dimension, m.source,
  m.promoters, m.passives, m.detractors, m.rating_1, m.rating_2, m.rating_3, m.rating_4, m.rating_5, m.mean, m.count,
  m.numerator, m.denominator, m.value, m.sample_size::float8 AS sample_size, m.updated_at`;

export interface RollupRow extends TotalsRow {
  group_key: string | null;
  group_label: string | null;
  sort_order: number | null;
  /** true: the asked range; false: the previous one. */
  current: boolean;
  /** true on the rows pooling every group (GROUPING SETS). */
  is_total: boolean;
}

export interface RollupQuery {
  workspaceId: string;
  /** null: every journey of the workspace. */
  journeyId: string | null;
  metricKey: string;
  by: RollupDimension;
  period: PeriodKind;
  from: string;
  to: string;
  previousFrom: string;
  dimension: string | null;
}

/**
 * Group key, label and sort order per rollup dimension, over the touchpoint `t` a measurement
 * belongs to (a link's measurements count at its source touchpoint), its stage `s` and journey `j`.
 */
const GROUPS: Record<RollupDimension, { key: string; label: string; order: string }> = {
  stage: { key: 's.id::text', label: 's.name', order: 'min(s."order")' },
  channel: { key: 't.channel', label: 'NULL::text', order: 'NULL::float8' },
  owner_team: { key: 't.owner_team', label: 'NULL::text', order: 'NULL::float8' },
  interaction_type: { key: 't.interaction', label: 'NULL::text', order: 'NULL::float8' },
  service: { key: `CASE WHEN t.interaction = 'personnel' THEN 'service' ELSE 'experience' END`, label: 'NULL::text', order: 'NULL::float8' },
  journey: { key: 'j.id::text', label: 'j.name', order: 'NULL::float8' },
};

@Injectable()
export class MeasurementsRepository {
  /** What measurement rows of the journey may aim at: its touchpoints (titles), links and metric attachments. */
  async targets(manager: EntityManager, workspaceId: string, journeyId: string): Promise<MeasurementTargets> {
    const touchpoints = await select<{ id: string; title: string }>(
      manager,
      `SELECT id, title FROM touchpoints WHERE workspace_id = $1 AND journey_id = $2`,
      [workspaceId, journeyId],
    );
    const links = await select<{ id: string; sourceId: string; targetId: string }>(
        manager,
        `SELECT id, source_id AS "sourceId", target_id AS "targetId" FROM links WHERE workspace_id = $1 AND journey_id = $2`,
        [workspaceId, journeyId],
      );
    const attachments = await select<{ id: string; metric: string; touchpointId: string | null; linkId: string | null }>(
        manager,
        `SELECT id, metric_key AS metric, touchpoint_id AS "touchpointId", link_id AS "linkId"
           FROM metric_attachments WHERE workspace_id = $1 AND journey_id = $2`,
        [workspaceId, journeyId],
      );
    return { touchpoints, links, attachments };
  }

  /** Which of the keys (attachment, period, start, dimension) are stored already, as `JSON.stringify` of the four. */
  async storedKeys(manager: EntityManager, workspaceId: string, rows: readonly Pick<StoredMeasurement, 'attachmentId' | 'period' | 'periodStart' | 'dimension'>[]): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const found = await select<{ attachment_id: string; period_kind: string; period_start: string; dimension: string }>(
      manager,
      `SELECT m.attachment_id, m.period_kind, to_char(m.period_start, 'YYYY-MM-DD') AS period_start, m.dimension
         FROM metric_measurements m
         JOIN unnest($2::uuid[], $3::varchar[], $4::date[], $5::varchar[]) AS k (attachment_id, period_kind, period_start, dimension)
           ON m.attachment_id = k.attachment_id AND m.period_kind = k.period_kind AND m.period_start = k.period_start AND m.dimension = k.dimension
        WHERE m.workspace_id = $1`,
      [workspaceId, rows.map((r) => r.attachmentId), rows.map((r) => r.period), rows.map((r) => r.periodStart), rows.map((r) => r.dimension)],
    );
    return new Set(found.map((row) => measurementKey(row.attachment_id, row.period_kind, row.period_start, row.dimension)));
  }

  /** The journey's measurements, all attachments together (its cap: LIMITS.measurementsPerJourneyMax). */
  async countForJourney(manager: EntityManager, workspaceId: string, journeyId: string): Promise<number> {
    const [row] = await select<{ n: number }>(manager, `SELECT count(*)::int AS n FROM metric_measurements WHERE workspace_id = $1 AND journey_id = $2`, [
      workspaceId,
      journeyId,
    ]);
    return row?.n ?? 0;
  }

  /**
   * One statement for the whole batch: rows whose (attachment, period, start, dimension) is stored
   * replace it, the others are inserted. `xmax = 0` tells a fresh row from an updated one.
   */
  async upsert(manager: EntityManager, workspaceId: string, journeyId: string, rows: readonly StoredMeasurement[]): Promise<{ inserted: number; updated: number }> {
    const column = <T>(pick: (row: StoredMeasurement) => T): T[] => rows.map(pick);
    const { rows: results } = await execute<{ inserted: boolean }>(
      manager,
      `INSERT INTO metric_measurements (workspace_id, journey_id, attachment_id, kind, period_kind, period_start, dimension, source,
              promoters, passives, detractors, rating_1, rating_2, rating_3, rating_4, rating_5, mean, count, numerator, denominator,
              value, sample_size)
       SELECT $1, $2, r.* FROM unnest($3::uuid[], $4::varchar[], $5::varchar[], $6::date[], $7::varchar[], $8::varchar[],
              $9::int[], $10::int[], $11::int[], $12::int[], $13::int[], $14::int[], $15::int[], $16::int[], $17::float8[], $18::int[],
              $19::float8[], $20::float8[], $21::float8[], $22::bigint[])
         AS r (attachment_id, kind, period_kind, period_start, dimension, source, promoters, passives, detractors, rating_1, rating_2,
               rating_3, rating_4, rating_5, mean, count, numerator, denominator, value, sample_size)
       ON CONFLICT (workspace_id, attachment_id, period_kind, period_start, dimension) DO UPDATE
          SET source = EXCLUDED.source, promoters = EXCLUDED.promoters, passives = EXCLUDED.passives, detractors = EXCLUDED.detractors,
              rating_1 = EXCLUDED.rating_1, rating_2 = EXCLUDED.rating_2, rating_3 = EXCLUDED.rating_3, rating_4 = EXCLUDED.rating_4,
              rating_5 = EXCLUDED.rating_5, mean = EXCLUDED.mean, count = EXCLUDED.count, numerator = EXCLUDED.numerator,
              denominator = EXCLUDED.denominator, value = EXCLUDED.value, sample_size = EXCLUDED.sample_size, updated_at = now()
       RETURNING (xmax = 0) AS inserted`,
      [
        workspaceId,
        journeyId,
        column((r) => r.attachmentId),
        column((r) => r.kind),
        column((r) => r.period),
        column((r) => r.periodStart),
        column((r) => r.dimension),
        column((r) => r.source),
        column((r) => r.promoters),
        column((r) => r.passives),
        column((r) => r.detractors),
        ...[0, 1, 2, 3, 4].map((index) => column((r) => r.ratings[index] ?? null)),
        column((r) => r.mean),
        column((r) => r.count),
        column((r) => r.numerator),
        column((r) => r.denominator),
        column((r) => r.value),
        column((r) => r.sampleSize),
      ],
    );
    const inserted = results.filter((row) => row.inserted).length;
    return { inserted, updated: results.length - inserted };
  }

  /** Every measurement of the journey's attachments (the export). */
  listForJourney(manager: EntityManager, workspaceId: string, journeyId: string): Promise<MeasurementRow[]> {
    return select<MeasurementRow>(
      manager,
      `SELECT ${MEASUREMENT_COLUMNS}
         FROM metric_measurements m
        WHERE m.workspace_id = $1 AND m.journey_id = $2
        ORDER BY m.attachment_id, m.period_start, m.period_kind, m.dimension`,
      [workspaceId, journeyId],
    );
  }

  list(
    manager: EntityManager,
    workspaceId: string,
    attachmentId: string,
    range: { from: string | null; to: string | null },
    limit: number,
  ): Promise<MeasurementRow[]> {
    return select<MeasurementRow>(
      manager,
      `SELECT ${MEASUREMENT_COLUMNS}
         FROM metric_measurements m
        WHERE m.workspace_id = $1 AND m.attachment_id = $2
          AND ($3::date IS NULL OR m.period_start >= $3::date) AND ($4::date IS NULL OR m.period_start <= $4::date)
        ORDER BY m.period_start, m.period_kind, m.dimension
        LIMIT $5`,
      [workspaceId, attachmentId, range.from, range.to, limit],
    );
  }

  /**
   * Raw figures summed in SQL per group and per range (the asked one and the one before), plus
   * the same sums over all groups (GROUPING SETS): scores are computed from these sums only.
   */
  rollup(manager: EntityManager, query: RollupQuery): Promise<RollupRow[]> {
    const group = GROUPS[query.by];
    return select<RollupRow>(
      manager,
      `SELECT ${group.key} AS group_key, ${group.label === 'NULL::text' ? 'NULL::text' : `min(${group.label})`} AS group_label,
              ${group.order} AS sort_order, (m.period_start >= $6::date) AS current,
              (GROUPING(${group.key}) = 1) AS is_total, ${TOTALS_COLUMNS}
         FROM metric_measurements m
         JOIN metric_attachments a ON a.workspace_id = m.workspace_id AND a.id = m.attachment_id
         JOIN journeys j ON j.workspace_id = a.workspace_id AND j.id = a.journey_id
         LEFT JOIN links l ON l.workspace_id = a.workspace_id AND l.id = a.link_id
         JOIN touchpoints t ON t.workspace_id = a.workspace_id AND t.id = coalesce(a.touchpoint_id, l.source_id)
         JOIN stages s ON s.workspace_id = t.workspace_id AND s.id = t.stage_id
        WHERE m.workspace_id = $1 AND ($2::uuid IS NULL OR m.journey_id = $2) AND a.metric_key = $3 AND m.period_kind = $4
          AND m.period_start >= $5::date AND m.period_start <= $7::date
          AND ($8::text IS NULL OR m.dimension = $8)
        GROUP BY GROUPING SETS ((${group.key}, (m.period_start >= $6::date)), ((m.period_start >= $6::date)))`,
      [query.workspaceId, query.journeyId, query.metricKey, query.period, query.previousFrom, query.from, query.to, query.dimension],
    );
  }
}
