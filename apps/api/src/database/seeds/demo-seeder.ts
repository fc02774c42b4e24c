import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { builtInMetric } from '@cxmap/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../core/errors/database-error';
import { SYSTEM_ACTOR } from '../../modules/audit/audit-actor';
import { auditEntries } from '../../modules/audit/audit-entries';
import { AuditRecorder } from '../../modules/audit/audit-recorder';
import { AnnotationsRepository } from '../../modules/annotations/annotations.repository';
import { AuthRepository } from '../../modules/auth/auth.repository';
import { DemoCredentials } from '../../modules/auth/demo-credentials';
import { PasswordHasher } from '../../modules/auth/password-hasher';
import { JourneysRepository } from '../../modules/journeys/journeys.repository';
import { JourneysService } from '../../modules/journeys/journeys.service';
import { MeasurementsRepository } from '../../modules/metrics/measurements.repository';
import { MetricsRepository } from '../../modules/metrics/metrics.repository';
import { toStoredMeasurement } from '../../modules/metrics/stored-measurement';
import { WorkspacesRepository } from '../../modules/workspaces/workspaces.repository';
import type { DatabaseMode } from '../database-info';
import { demoOps } from './demo-ops';
import { DEMO_ANNOTATIONS, DEMO_REVIEW_DATES, demoAnnotationKey } from './demo-annotations';
import { DEMO_METRICS, demoMeasurements, demoMetricKey, type DemoMetric } from './demo-metrics';
import { DEMO_EMAIL, DEMO_JOURNEY, DEMO_USER_NAME, DEMO_WORKSPACE_NAME } from './demo-journey';

export interface SeedOptions {
  mode: DatabaseMode;
  /** DEMO_PASSWORD, when set. */
  demoPassword: string | null;
}

export interface SeedResult {
  /** True when this run created the demo account, workspace and journey. */
  created: boolean;
  /** The demo password this process knows, or null. */
  password: string | null;
  /** True when `password` was generated now and must be shown to the person starting the app. */
  generated: boolean;
}

/**
 * Seeds the demo once: workspace "Demo", its owner demo@cxmap.local, a persona and DEMO_JOURNEY
 * (written through the same change service as the canvas). Running it again only settles the password.
 */
@Injectable()
export class DemoSeeder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: AuthRepository,
    private readonly passwords: PasswordHasher,
    private readonly workspaces: WorkspacesRepository,
    private readonly journeys: JourneysService,
    private readonly journeyRows: JourneysRepository,
    private readonly demo: DemoCredentials,
    private readonly metrics: MetricsRepository,
    private readonly measurements: MeasurementsRepository,
    private readonly audit: AuditRecorder,
    private readonly annotations: AnnotationsRepository,
  ) {}

  async seed(options: SeedOptions): Promise<SeedResult> {
    const result = (await this.users.findUserByEmail(DEMO_EMAIL))
      ? await this.settlePassword(options)
      : await this.create(options);
    this.demo.set(result.password);
    return result;
  }

  private async settlePassword(options: SeedOptions): Promise<SeedResult> {
    const user = await this.users.findUserByEmail(DEMO_EMAIL);
    if (!user) throw new Error('demo user vanished');
    if (options.demoPassword !== null) {
      if (!(await this.passwords.verify(user.passwordHash, options.demoPassword))) {
        await this.users.setPasswordHash(user.id, await this.passwords.hash(options.demoPassword));
      }
      return { created: false, password: options.demoPassword, generated: false };
    }
    if (options.mode === 'embedded') {
      const password = generatePassword();
      await this.users.setPasswordHash(user.id, await this.passwords.hash(password));
      return { created: false, password, generated: true };
    }
    return { created: false, password: null, generated: false };
  }

  private async create(options: SeedOptions): Promise<SeedResult> {
    const password = options.demoPassword ?? generatePassword();
    const passwordHash = await this.passwords.hash(password);
    try {
      await this.dataSource.transaction(async (manager) => {
        const user = await this.users.createUser(manager, { email: DEMO_EMAIL, name: DEMO_USER_NAME, passwordHash });
        const workspace = await this.workspaces.createWithOwner(manager, DEMO_WORKSPACE_NAME, user.id);
        // The seed is the system's doing, not the demo user's: its events say so.
        await this.audit.record(manager, { workspaceId: workspace.id, actor: SYSTEM_ACTOR, ...auditEntries.workspaceCreated(workspace.name) });
        const personaId = await this.journeyRows.insertPersona(manager, workspace.id, DEMO_JOURNEY.persona);
        const ids = new Map<string, string>();
        const journey = await this.journeys.createWithin(
          manager,
          workspace.id,
          { name: DEMO_JOURNEY.name, description: DEMO_JOURNEY.description, personaId },
          demoOps(DEMO_JOURNEY, randomUUID, ids),
          { actor: SYSTEM_ACTOR, template: null },
        );
        await this.seedMetrics(manager, workspace.id, journey.id, ids);
        await this.seedAnnotations(manager, workspace.id, journey.id, ids, { id: user.id, name: DEMO_USER_NAME });
      });
    } catch (error) {
      // Another instance seeded at the same moment: theirs stands.
      if (isUniqueViolation(error)) return this.settlePassword(options);
      throw error;
    }
    return { created: true, password, generated: options.demoPassword === null };
  }

  /**
   * DEMO_ANNOTATIONS by the demo user (so the demo can edit them) and review-by dates, written
   * straight to their tables: part of the seeded content, which the journey.created event stands for.
   */
  private async seedAnnotations(
    manager: EntityManager,
    workspaceId: string,
    journeyId: string,
    ids: Map<string, string>,
    author: { id: string; name: string },
  ): Promise<void> {
    for (const annotation of DEMO_ANNOTATIONS) {
      const targetId = ids.get(demoAnnotationKey(annotation));
      if (!targetId) throw new Error(`demo annotation “${annotation.title}” has no target`);
      const { on } = annotation;
      const kind = 'touchpoint' in on ? 'touchpoint' : 'stage' in on ? 'stage' : 'link';
      const id = await this.annotations.insert(manager, workspaceId, {
        journeyId,
        target: { kind, id: targetId },
        kind: annotation.kind,
        severity: annotation.severity ?? null,
        title: annotation.title,
        body: annotation.body,
        status: annotation.status ?? 'open',
        ownerTeam: annotation.ownerTeam ?? null,
        evidence: annotation.evidence ?? [],
        author,
      });
      for (const body of annotation.replies ?? []) {
        await this.annotations.insertReply(manager, workspaceId, { journeyId, annotationId: id, body, author });
      }
    }
    for (const { touchpoint, days } of DEMO_REVIEW_DATES) {
      const touchpointId = ids.get(touchpoint);
      if (!touchpointId) throw new Error(`demo review date on unknown touchpoint ${touchpoint}`);
      await this.annotations.setReviewInDays(manager, workspaceId, touchpointId, days);
    }
  }

  /** Attaches DEMO_METRICS and records a year of monthly figures for each (as a CSV import would). */
  private async seedMetrics(manager: EntityManager, workspaceId: string, journeyId: string, ids: Map<string, string>): Promise<void> {
    const attachments = new Map<DemoMetric, string>();
    for (const metric of DEMO_METRICS) {
      const definition = builtInMetric(metric.metric);
      const targetId = ids.get(demoMetricKey(metric));
      if (!definition || !targetId) throw new Error(`demo metric ${metric.metric} on ${demoMetricKey(metric)} has no definition or target`);
      const row = await this.metrics.insertAttachment(manager, workspaceId, {
        journeyId,
        touchpointId: 'touchpoint' in metric.on ? targetId : null,
        linkId: 'link' in metric.on ? targetId : null,
        metricKey: definition.key,
        kind: definition.kind,
        target: metric.target,
        warning: metric.warning,
        isKey: metric.isKey ?? false,
      });
      if (!row) throw new Error(`demo metric ${metric.metric} attached twice`);
      attachments.set(metric, row.id);
    }
    const rows = demoMeasurements(new Date()).map(({ metric, periodStart, figures }) => {
      const definition = builtInMetric(metric.metric);
      const attachmentId = attachments.get(metric);
      if (!definition || !attachmentId) throw new Error(`demo measurement of ${metric.metric} has no attachment`);
      return toStoredMeasurement(definition, { attachmentId, period: 'month', periodStart, dimension: '', source: 'csv' }, figures);
    });
    await this.measurements.upsert(manager, workspaceId, journeyId, rows);
  }
}

function generatePassword(): string {
  return randomBytes(12).toString('base64url');
}
