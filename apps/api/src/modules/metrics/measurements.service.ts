import { Injectable } from '@nestjs/common';
import {
  checkFigures,
  isSmallSample,
  periodStartProblem,
  poolFigures,
  scoreOf,
  type FieldError,
  type MeasurementBatchResponse,
  type MeasurementDto,
  type MeasurementFigures,
  type MeasurementRowRequest,
  type MetricDefinition,
} from '@cxmap/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import type { Caller } from '../../core/auth/caller';
import { AppError } from '../../core/errors/app-error';
import { auditActorOf } from '../audit/audit-actor';
import { AuditRecorder } from '../audit/audit-recorder';
import { measurementGroups, metricAuditEntries } from '../audit/metric-audit-entries';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import type { MeasurementListQueryDto } from './dto/metric-requests.dto';
import { checkDate } from './dates';
import { MeasurementsRepository, type MeasurementRow, type StoredMeasurement } from './measurements.repository';
import { MetricCatalogService } from './metric-catalog.service';
import { MetricsRepository } from './metrics.repository';
import { parseMeasurementBatch } from './parse-measurement-batch';
import { toStoredMeasurement } from './stored-measurement';

/** Most measurements one list answer holds (ten years of daily rows for three dimensions). */
export const MEASUREMENT_LIST_MAX = 11_000;

/** Raw measurements of attached metrics: ingest (idempotent batch upsert) and read back. */
@Injectable()
export class MeasurementsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly catalog: MetricCatalogService,
    private readonly metrics: MetricsRepository,
    private readonly measurements: MeasurementsRepository,
    private readonly audit: AuditRecorder,
  ) {}

  /**
   * All or nothing: every row is checked against its attachment's metric before anything is
   * written; a row with the key of a stored one replaces it, so a re-sent batch changes nothing twice.
   * One audit event per accepted batch, by the member or the API key that sent it.
   */
  async ingest(caller: Caller, journeyId: string, body: unknown): Promise<MeasurementBatchResponse> {
    const scope = await this.access.forJourney(caller, journeyId, 'metrics:ingest');
    const rows = parseMeasurementBatch(body);
    if (rows.length === 0) return { inserted: 0, updated: 0 };
    return this.dataSource.transaction(async (manager) => {
      const { result, stored, attachments, definitions } = await this.ingestWithin(manager, scope, rows);
      const groups = measurementGroups(
        stored.map((row) => ({
          attachmentId: row.attachmentId,
          metric: attachments.get(row.attachmentId)?.metric_key ?? '',
          period: row.period,
          periodStart: row.periodStart,
        })),
      );
      const names = new Map([...definitions.values()].map((definition) => [definition.key, definition.name]));
      await this.audit.recordOnJourney(manager, {
        workspaceId: scope.workspaceId,
        journeyId,
        actor: auditActorOf(caller),
        ...metricAuditEntries.measurementsRecorded(groups, names, result),
      });
      return result;
    });
  }

  /**
   * Checks and upserts a batch inside the caller's transaction, with every check of the route;
   * records no audit event. The caller has checked access (`metrics:ingest` or `journey:write`).
   */
  async ingestWithin(
    manager: EntityManager,
    scope: { workspaceId: string; journeyId: string },
    rows: readonly MeasurementRowRequest[],
  ): Promise<{
    result: MeasurementBatchResponse;
    stored: StoredMeasurement[];
    attachments: Map<string, { metric_key: string }>;
    definitions: Map<string, MetricDefinition>;
  }> {
    const journeyId = scope.journeyId;
    const ids = [...new Set(rows.map((row) => row.attachmentId.toLowerCase()))];
    const attachments = new Map(
      (await this.measurements.attachmentsByIds(manager, scope.workspaceId, journeyId, ids)).map((a) => [a.id, a]),
    );
    const missing = rows.flatMap((row, index) =>
      attachments.has(row.attachmentId.toLowerCase())
        ? []
        : [{ path: `rows.${index}.attachmentId`, message: 'no such metric attachment in this journey' }],
    );
    if (missing.length > 0) throw new AppError('METRIC_ATTACHMENT_NOT_FOUND', { errors: missing });
    const definitions = await this.catalog.resolve(
      scope.workspaceId,
      [...attachments.values()].map((a) => a.metric_key),
      manager,
    );
    const definitionOf = (row: MeasurementRowRequest): MetricDefinition => {
      const key = attachments.get(row.attachmentId.toLowerCase())?.metric_key ?? '';
      const definition = definitions.get(key);
      if (!definition) throw new Error(`attached metric ${key} has no definition`);
      return definition;
    };
    const stored = checkRows(rows, definitionOf);
    const result = await this.measurements.upsert(manager, scope.workspaceId, journeyId, stored);
    return { result, stored, attachments, definitions };
  }

  async list(actor: Actor, journeyId: string, attachmentId: string, query: MeasurementListQueryDto): Promise<MeasurementDto[]> {
    const scope = await this.access.forJourney(actor, journeyId, 'journey:read');
    const from = query.from === undefined ? null : checkDate('from', query.from);
    const to = query.to === undefined ? null : checkDate('to', query.to);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const attachment = await this.metrics.findAttachment(manager, scope.workspaceId, journeyId, attachmentId);
      if (!attachment) throw new AppError('METRIC_ATTACHMENT_NOT_FOUND');
      const definition = await this.catalog.resolveOne(scope.workspaceId, attachment.metric_key, manager);
      const rows = await this.measurements.list(manager, scope.workspaceId, attachmentId, { from, to }, MEASUREMENT_LIST_MAX);
      return rows.map((row) => toMeasurementDto(definition, row));
    });
  }
}

/** Every row against its metric and period, and no two rows with one key; all errors at once. */
function checkRows(rows: readonly MeasurementRowRequest[], definitionOf: (row: MeasurementRowRequest) => MetricDefinition): StoredMeasurement[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  const stored = rows.map((row, index): StoredMeasurement => {
    const definition = definitionOf(row);
    const figures = figuresOf(row);
    const problem = periodStartProblem(row.period, row.periodStart);
    if (problem) errors.push({ path: `rows.${index}.periodStart`, message: problem });
    for (const error of checkFigures(definition, figures)) errors.push({ path: `rows.${index}.${error.path}`, message: error.message });
    const dimension = row.dimension ?? '';
    const key = JSON.stringify([row.attachmentId.toLowerCase(), row.period, row.periodStart, dimension]);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else errors.push({ path: `rows.${index}`, message: `same attachment, period and dimension as rows.${first}` });
    return toStoredMeasurement(
      definition,
      { attachmentId: row.attachmentId.toLowerCase(), period: row.period, periodStart: row.periodStart, dimension, source: row.source ?? 'api' },
      figures,
    );
  });
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
  return stored;
}

function figuresOf(row: MeasurementRowRequest): MeasurementFigures {
  const figures: MeasurementFigures = {};
  if (row.promoters !== undefined) figures.promoters = row.promoters;
  if (row.passives !== undefined) figures.passives = row.passives;
  if (row.detractors !== undefined) figures.detractors = row.detractors;
  if (row.ratings !== undefined) figures.ratings = row.ratings;
  if (row.mean !== undefined) figures.mean = row.mean;
  if (row.count !== undefined) figures.count = row.count;
  if (row.numerator !== undefined) figures.numerator = row.numerator;
  if (row.denominator !== undefined) figures.denominator = row.denominator;
  if (row.value !== undefined) figures.value = row.value;
  if (row.sampleSize !== undefined) figures.sampleSize = row.sampleSize;
  return figures;
}

function toMeasurementDto(definition: MetricDefinition, row: MeasurementRow): MeasurementDto {
  const figures: MeasurementFigures = {};
  const set = <K extends keyof MeasurementFigures>(key: K, value: MeasurementFigures[K] | null): void => {
    if (value !== null && value !== undefined) figures[key] = value;
  };
  set('promoters', row.promoters);
  set('passives', row.passives);
  set('detractors', row.detractors);
  if (row.rating_1 !== null) figures.ratings = [row.rating_1, row.rating_2 ?? 0, row.rating_3 ?? 0, row.rating_4 ?? 0, row.rating_5 ?? 0];
  set('mean', row.mean);
  set('count', row.count);
  set('numerator', row.numerator);
  set('denominator', row.denominator);
  set('value', row.value);
  set('sampleSize', row.sample_size);
  const totals = poolFigures(definition, [figures]);
  return {
    id: row.id,
    attachmentId: row.attachment_id,
    period: row.period_kind,
    periodStart: row.period_start,
    dimension: row.dimension,
    source: row.source,
    ...figures,
    score: scoreOf(definition, totals),
    sampleSize: totals.sampleSize,
    smallSample: isSmallSample(totals.sampleSize),
    updatedAt: row.updated_at.toISOString(),
  };
}
