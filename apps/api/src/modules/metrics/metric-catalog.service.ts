import { Injectable } from '@nestjs/common';
import { BUILT_IN_METRICS, builtInMetric, METRIC_LIMITS, type CreateMetricDefinitionRequest, type MetricDefinition } from '@cxmap/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { auditActorOf } from '../audit/audit-actor';
import { AuditRecorder } from '../audit/audit-recorder';
import { metricAuditEntries } from '../audit/metric-audit-entries';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import type { CreateMetricDefinitionDto, UpdateMetricDefinitionDto } from './dto/metric-requests.dto';
import { toDefinition } from './metric-rows';
import { MetricsRepository } from './metrics.repository';

/** The metric catalog of a workspace: the built-in metrics (in code) and the workspace's own. */
@Injectable()
export class MetricCatalogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly metrics: MetricsRepository,
    private readonly audit: AuditRecorder,
  ) {}

  async list(actor: Actor, workspaceId: string): Promise<MetricDefinition[]> {
    await this.access.forWorkspace(actor, workspaceId, 'journey:read');
    const custom = await this.metrics.listDefinitions(this.dataSource.manager, workspaceId);
    return [...BUILT_IN_METRICS, ...custom.map(toDefinition)];
  }

  async create(actor: Actor, workspaceId: string, request: CreateMetricDefinitionDto): Promise<MetricDefinition> {
    await this.access.forWorkspace(actor, workspaceId, 'journey:write');
    return this.dataSource.transaction((manager) => this.createWithin(manager, actor, workspaceId, request));
  }

  /** Creates and audits a custom metric inside the caller's transaction; the caller has checked `journey:write`. */
  async createWithin(manager: EntityManager, actor: Actor, workspaceId: string, request: CreateMetricDefinitionRequest): Promise<MetricDefinition> {
    checkDefinition(request);
    if (builtInMetric(request.key)) throw new AppError('METRIC_KEY_TAKEN', { detail: `${request.key} is a built-in metric.` });
    const max = METRIC_LIMITS.customMetricsPerWorkspaceMax;
    const { row, full } = await this.metrics.insertDefinition(manager, workspaceId, request, max);
    if (full) throw new AppError('TOO_MANY_METRICS', { detail: `A workspace holds at most ${max} custom metrics.` });
    if (!row) throw new AppError('METRIC_KEY_TAKEN', { detail: `The workspace already has a metric ${request.key}.` });
    const definition = toDefinition(row);
    await this.audit.record(manager, { workspaceId, actor: auditActorOf(actor), ...metricAuditEntries.definitionCreated(definition) });
    return definition;
  }

  /**
   * Renames a custom metric, or changes its description or family. Nothing else changes: kind, unit,
   * scale, direction, pooling and targets say how the stored raw figures become scores and how the
   * thresholds set on them read, so a metric keeps them for life. `version` must be the one read: a
   * rename made on an old copy is a 409 naming the current version, with nothing written or audited.
   */
  async update(actor: Actor, workspaceId: string, key: string, patch: UpdateMetricDefinitionDto): Promise<MetricDefinition> {
    await this.access.forWorkspace(actor, workspaceId, 'journey:write');
    refuseBuiltIn(key);
    const { version, ...fields } = patch;
    if (Object.values(fields).every((value) => value === undefined)) {
      throw new AppError('VALIDATION_FAILED', { detail: 'Send at least one of name, description and family.' });
    }
    return this.dataSource.transaction(async (manager) => {
      const current = await this.metrics.lockDefinition(manager, workspaceId, key);
      if (!current) throw new AppError('METRIC_NOT_FOUND', { detail: `No metric ${key} in this workspace.` });
      if (current.version !== version) {
        throw new AppError('VERSION_CONFLICT', { detail: `The metric ${key} is now at version ${current.version}; reload it and try again.` });
      }
      const before = toDefinition(current);
      const row = await this.metrics.updateDefinition(manager, workspaceId, key, version, {
        name: fields.name ?? current.name,
        description: fields.description ?? current.description,
        family: fields.family ?? current.family,
      });
      if (!row) throw new Error(`metric ${key} changed while locked`);
      const after = toDefinition(row);
      const entry = metricAuditEntries.definitionUpdated(before, after);
      if (entry) await this.audit.record(manager, { workspaceId, actor: auditActorOf(actor), ...entry });
      return after;
    });
  }

  /**
   * Deletes a custom metric that nothing uses. Attached anywhere, it is a 409 naming how many
   * attachments in how many journeys: detaching deletes measurements, which is a decision per
   * journey, not a side effect of tidying the catalog. The definition row is locked first and
   * `attach` locks it too (FOR KEY SHARE), so no attachment can slip in between count and delete.
   * `version` must be the one read, as for `update`: a delete decided on an old copy is a 409 naming
   * the current version, and nothing is deleted.
   */
  async remove(actor: Actor, workspaceId: string, key: string, version: number): Promise<void> {
    await this.access.forWorkspace(actor, workspaceId, 'journey:write');
    refuseBuiltIn(key);
    await this.dataSource.transaction(async (manager) => {
      const current = await this.metrics.lockDefinition(manager, workspaceId, key);
      if (!current) throw new AppError('METRIC_NOT_FOUND', { detail: `No metric ${key} in this workspace.` });
      if (current.version !== version) {
        throw new AppError('VERSION_CONFLICT', { detail: `The metric ${key} is now at version ${current.version}; reload it and try again.` });
      }
      const use = await this.metrics.definitionUse(manager, workspaceId, key);
      if (use.attachments > 0) {
        throw new AppError('METRIC_IN_USE', {
          detail: `${current.name} is attached ${plural(use.attachments, 'time')} in ${plural(use.journeys, 'journey')}; detach it there first.`,
        });
      }
      await this.metrics.deleteDefinition(manager, workspaceId, key);
      await this.audit.record(manager, { workspaceId, actor: auditActorOf(actor), ...metricAuditEntries.definitionDeleted(toDefinition(current)) });
    });
  }

  /**
   * The definitions behind `keys` (built-in or this workspace's); unknown keys are left out.
   * `lock` (inside a transaction) keeps the custom ones from being deleted until it ends.
   */
  async resolve(
    workspaceId: string,
    keys: readonly string[],
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<Map<string, MetricDefinition>> {
    const found = new Map<string, MetricDefinition>();
    const custom: string[] = [];
    for (const key of new Set(keys)) {
      const builtIn = builtInMetric(key);
      if (builtIn) found.set(key, builtIn);
      else custom.push(key);
    }
    if (custom.length > 0) {
      for (const row of await this.metrics.listDefinitions(manager, workspaceId, custom, lock)) found.set(row.key, toDefinition(row));
    }
    return found;
  }

  async resolveOne(workspaceId: string, key: string, manager?: EntityManager, lock = false): Promise<MetricDefinition> {
    const definition = (await this.resolve(workspaceId, [key], manager, lock)).get(key);
    if (!definition) throw new AppError('METRIC_NOT_FOUND', { detail: `No metric ${key} in this workspace.` });
    return definition;
  }
}

function refuseBuiltIn(key: string): void {
  if (builtInMetric(key)) throw new AppError('METRIC_BUILT_IN', { detail: `${key} is a built-in metric; it is the same in every workspace.` });
}

const plural = (count: number, one: string): string => `${count} ${count === 1 ? one : `${one}s`}`;

/** Rules across fields that the DTO decorators cannot state. */
function checkDefinition(request: CreateMetricDefinitionRequest): void {
  const errors = [];
  if (request.kind === 'value' && request.valuePooling === undefined) {
    errors.push({ path: 'valuePooling', message: 'a value metric says whether its rows add up (sum) or average (mean)' });
  }
  if (request.kind !== 'value' && request.valuePooling !== undefined) {
    errors.push({ path: 'valuePooling', message: 'only value metrics take a pooling' });
  }
  if (request.scale && request.scale.min >= request.scale.max) {
    errors.push({ path: 'scale.max', message: 'must be greater than scale.min' });
  }
  if (request.kind === 'mean' && request.scale && request.scale.min < 0) {
    // Reported means are stored as non-negative figures.
    errors.push({ path: 'scale.min', message: 'a mean metric’s scale starts at 0 or above' });
  }
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
}
