import { Injectable } from '@nestjs/common';
import {
  checkMeasurementRows,
  isSmallSample,
  LIMITS,
  METRIC_LIMITS,
  poolFigures,
  scoreOf,
  type CheckedMeasurementRow,
  type MeasurementBatchResponse,
  type MeasurementCsvResponse,
  type MeasurementDto,
  type MeasurementFigures,
  type MeasurementRowRequest,
  type MeasurementSource,
  type MeasurementTargets,
  type MetricDefinition,
} from '@cxmap/domain';
import { checkMeasurementCsv, parseMeasurementCsv } from '@cxmap/journey-format';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import type { Caller } from '../../core/auth/caller';
import { AppError } from '../../core/errors/app-error';
import { lockJourneyForCount } from '../../database/journey-count-lock';
import { auditActorOf } from '../audit/audit-actor';
import { AuditRecorder } from '../audit/audit-recorder';
import { measurementGroups, metricAuditEntries } from '../audit/metric-audit-entries';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import type { MeasurementListQueryDto } from './dto/metric-requests.dto';
import { checkDate } from './dates';
import { MeasurementsRepository, measurementKey, type MeasurementRow, type StoredMeasurement } from './measurements.repository';
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
   * All or nothing: every row is checked against its target's metric before anything is written;
   * a row with the key of a stored one replaces it, so a re-sent batch changes nothing twice.
   * One audit event per accepted batch, by the member or the API key that sent it.
   */
  async ingest(caller: Caller, journeyId: string, body: unknown): Promise<MeasurementBatchResponse> {
    const scope = await this.access.forJourney(caller, journeyId, 'metrics:ingest');
    const rows = parseMeasurementBatch(body);
    if (rows.length === 0) return { inserted: 0, updated: 0 };
    return this.dataSource.transaction(async (manager) => {
      // First, so two batches at once cannot both pass the cap's count in store().
      await lockJourneyForCount(manager, scope.workspaceId, journeyId);
      const { stored, definitions } = await this.checked(manager, scope.workspaceId, journeyId, rows);
      return this.store(manager, caller, scope.workspaceId, journeyId, stored, definitions);
    });
  }

  /**
   * The same ingest from a CSV file (source `csv`): `dryRun` answers what each line would become
   * and writes nothing; otherwise every line must be ready, else 422 listing every bad line.
   */
  async ingestCsv(caller: Caller, journeyId: string, csv: string, dryRun: boolean): Promise<MeasurementCsvResponse> {
    const scope = await this.access.forJourney(caller, journeyId, 'metrics:ingest');
    const parsed = parseMeasurementCsv(csv);
    if (parsed.tooManyLines) {
      throw new AppError('BATCH_TOO_LARGE', { detail: parsed.fileErrors.join(' ') || `A file holds at most ${METRIC_LIMITS.measurementsPerBatchMax} lines; split it.` });
    }
    const work = async (manager: EntityManager): Promise<MeasurementCsvResponse> => {
      if (!dryRun) await lockJourneyForCount(manager, scope.workspaceId, journeyId);
      const { targets, definitions } = await this.targetsOf(manager, scope.workspaceId, journeyId);
      const lines = checkMeasurementCsv(parsed, targets, definitions);
      const ready = lines.filter((line) => line.preview.status === 'ok');
      const stored = ready.map((line) => toStored(line.row, line.checked, definitions, 'csv'));
      const existing = await this.measurements.storedKeys(manager, scope.workspaceId, stored);
      const previews = lines.map((line) => ({
        ...line.preview,
        replaces:
          line.preview.status === 'ok' && line.preview.attachmentId !== null
            ? existing.has(measurementKey(line.preview.attachmentId, line.row.period, line.row.periodStart, line.row.dimension ?? ''))
            : false,
      }));
      const answer: MeasurementCsvResponse = {
        dryRun,
        lines: previews,
        fileErrors: [...parsed.fileErrors, ...(await this.capErrors(manager, scope.workspaceId, journeyId, previews))],
        ok: ready.length,
        failed: lines.length - ready.length,
        inserted: previews.filter((line) => line.status === 'ok' && !line.replaces).length,
        updated: previews.filter((line) => line.replaces).length,
      };
      if (dryRun) return answer;
      if (answer.fileErrors.length > 0 || answer.failed > 0) {
        throw new AppError('MEASUREMENTS_INVALID', {
          detail:
            answer.fileErrors.length > 0
              ? `The file cannot be taken: ${answer.fileErrors.join(' ')} Nothing was written.`
              : `${answer.failed} of ${lines.length} lines have errors; nothing was written.`,
          errors: [
            ...answer.fileErrors.map((message) => ({ path: 'csv', line: null, message })),
            ...previews.flatMap((line) => line.errors.map((error) => ({ path: `csv.${error.field}`, line: line.line, message: error.message }))),
          ],
        });
      }
      if (stored.length === 0) throw new AppError('MEASUREMENTS_INVALID', { errors: [{ path: 'csv', line: null, message: 'the file has no data lines' }] });
      const result = await this.store(manager, caller, scope.workspaceId, journeyId, stored, definitions);
      return { ...answer, ...result };
    };
    return dryRun ? this.dataSource.transaction('REPEATABLE READ', work) : this.dataSource.transaction(work);
  }

  /**
   * Checks and upserts a batch inside the caller's transaction, with every check of the route; records
   * no audit event (the caller records its own). The caller has checked access and the journey's cap
   * (the import writes a new journey from a document within the caps).
   */
  async ingestWithin(
    manager: EntityManager,
    scope: { workspaceId: string; journeyId: string },
    rows: readonly MeasurementRowRequest[],
  ): Promise<MeasurementBatchResponse> {
    const { stored } = await this.checked(manager, scope.workspaceId, scope.journeyId, rows);
    return this.measurements.upsert(manager, scope.workspaceId, scope.journeyId, stored);
  }

  /** A CSV preview's word on the cap: what the journey would hold once its new lines are written, when that is over it. */
  private async capErrors(manager: EntityManager, workspaceId: string, journeyId: string, previews: readonly { status: string; replaces: boolean }[]): Promise<string[]> {
    const adding = previews.filter((line) => line.status === 'ok' && !line.replaces).length;
    if (adding === 0) return [];
    const max = LIMITS.measurementsPerJourneyMax;
    const total = (await this.measurements.countForJourney(manager, workspaceId, journeyId)) + adding;
    return total > max ? [`the journey would hold ${total.toLocaleString('en')} measurements; it holds at most ${max.toLocaleString('en')}.`] : [];
  }

  /**
   * After an upsert, inside its transaction: past LIMITS.measurementsPerJourneyMax (which a CXMap
   * document shares) the batch is refused and the caller's rollback writes nothing. Counted after the
   * upsert, since rows for a period already measured replace theirs instead of adding.
   */
  private async refuseOverCap(manager: EntityManager, workspaceId: string, journeyId: string): Promise<void> {
    const max = LIMITS.measurementsPerJourneyMax;
    const count = await this.measurements.countForJourney(manager, workspaceId, journeyId);
    if (count > max) {
      throw new AppError('TOO_MANY_MEASUREMENTS', {
        detail: `A journey holds at most ${max.toLocaleString('en')} measurements; this batch would bring it to ${count.toLocaleString('en')}. Nothing was stored.`,
      });
    }
  }

  /** Every row resolved to its attachment and checked against its metric; 404/400 listing every bad row. */
  private async checked(
    manager: EntityManager,
    workspaceId: string,
    journeyId: string,
    rows: readonly MeasurementRowRequest[],
  ): Promise<{ stored: (StoredMeasurement & { metric: string })[]; definitions: Map<string, MetricDefinition> }> {
    const { targets, definitions } = await this.targetsOf(manager, workspaceId, journeyId);
    const known = new Set(targets.attachments.map((a) => a.id.toLowerCase()));
    const missing = rows.flatMap((row, index) =>
      row.attachmentId === undefined || known.has(row.attachmentId.toLowerCase())
        ? []
        : [{ path: `rows.${index}.attachmentId`, message: 'no such metric attachment in this journey' }],
    );
    if (missing.length > 0) throw new AppError('METRIC_ATTACHMENT_NOT_FOUND', { errors: missing });
    const checked = checkMeasurementRows(rows, targets, definitions);
    const errors = checked.flatMap((row, index) => row.errors.map((error) => ({ path: error.path === '' ? `rows.${index}` : `rows.${index}.${error.path}`, message: error.message })));
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
    return { stored: rows.map((row, index) => toStored(row, checked[index], definitions, row.source ?? 'api')), definitions };
  }

  /** The journey's touchpoints, links and attachments, with the definitions of the attached metrics. */
  private async targetsOf(
    manager: EntityManager,
    workspaceId: string,
    journeyId: string,
  ): Promise<{ targets: MeasurementTargets; definitions: Map<string, MetricDefinition> }> {
    const targets = await this.measurements.targets(manager, workspaceId, journeyId);
    const definitions = await this.catalog.resolve(workspaceId, targets.attachments.map((a) => a.metric), manager);
    return { targets, definitions };
  }

  /** Upserts checked rows and records one audit event for them. */
  private async store(
    manager: EntityManager,
    caller: Caller,
    workspaceId: string,
    journeyId: string,
    stored: (StoredMeasurement & { metric: string })[],
    definitions: ReadonlyMap<string, MetricDefinition>,
  ): Promise<MeasurementBatchResponse> {
    const result = await this.measurements.upsert(manager, workspaceId, journeyId, stored);
    // A batch that only replaces measured periods adds nothing, so it passes even on a journey over its cap.
    if (result.inserted > 0) await this.refuseOverCap(manager, workspaceId, journeyId);
    const metricOf = new Map(stored.map((row) => [row.attachmentId, row.metric]));
    const groups = measurementGroups(
      stored.map((row) => ({ attachmentId: row.attachmentId, metric: metricOf.get(row.attachmentId) ?? '', period: row.period, periodStart: row.periodStart })),
    );
    const names = new Map([...definitions.values()].map((definition) => [definition.key, definition.name]));
    await this.audit.recordOnJourney(manager, {
      workspaceId,
      journeyId,
      actor: auditActorOf(caller),
      ...metricAuditEntries.measurementsRecorded(groups, names, result),
    });
    return result;
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

/** A checked row as stored (its target resolved, its key lower-cased). */
function toStored(
  row: MeasurementRowRequest,
  checked: CheckedMeasurementRow | undefined,
  definitions: ReadonlyMap<string, MetricDefinition>,
  source: MeasurementSource,
): StoredMeasurement & { metric: string } {
  const target = checked?.target;
  const definition = target ? definitions.get(target.metric) : undefined;
  if (!checked || !target || !definition) throw new Error('toStored() takes checked rows only');
  return {
    ...toStoredMeasurement(
      definition,
      { attachmentId: target.attachmentId.toLowerCase(), period: row.period, periodStart: row.periodStart, dimension: row.dimension ?? '', source },
      checked.figures,
    ),
    metric: target.metric,
  };
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
