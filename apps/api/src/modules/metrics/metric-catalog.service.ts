import { Injectable } from '@nestjs/common';
import { BUILT_IN_METRICS, builtInMetric, METRIC_LIMITS, type CreateMetricDefinitionRequest, type MetricDefinition } from '@cxmap/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { auditActorOf } from '../audit/audit-actor';
import { AuditRecorder } from '../audit/audit-recorder';
import { metricAuditEntries } from '../audit/metric-audit-entries';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import type { CreateMetricDefinitionDto } from './dto/metric-requests.dto';
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

  /** The definitions behind `keys` (built-in or this workspace's); unknown keys are left out. */
  async resolve(
    workspaceId: string,
    keys: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, MetricDefinition>> {
    const found = new Map<string, MetricDefinition>();
    const custom: string[] = [];
    for (const key of new Set(keys)) {
      const builtIn = builtInMetric(key);
      if (builtIn) found.set(key, builtIn);
      else custom.push(key);
    }
    if (custom.length > 0) {
      for (const row of await this.metrics.listDefinitions(manager, workspaceId, custom)) found.set(row.key, toDefinition(row));
    }
    return found;
  }

  async resolveOne(workspaceId: string, key: string, manager?: EntityManager): Promise<MetricDefinition> {
    const definition = (await this.resolve(workspaceId, [key], manager)).get(key);
    if (!definition) throw new AppError('METRIC_NOT_FOUND', { detail: `No metric ${key} in this workspace.` });
    return definition;
  }
}

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
