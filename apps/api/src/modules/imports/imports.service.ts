import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { roleAllows, type FieldError, type ImportJourneyResponse, type ImportPreviewResponse, type JourneyImportFormat } from '@cxmap/domain';
import {
  documentToImportPlan,
  importedJourneyToPlan,
  importPreviewOf,
  parseJourneyDocument,
  parseJourneyFile,
  parseTouchpointCsv,
  parseTouchpointGrid,
  type DocumentIssue,
  type GridRowPreview,
  type ImportIssue,
  type ImportResult,
  type JourneyImportPlan,
} from '@cxmap/journey-format';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { WorkspaceAccessService, type WorkspaceScope } from '../workspaces/workspace-access.service';
import { documentSchemaIssues } from './document-schema-issues';
import type { ImportJourneyDto } from './dto/import-journey.dto';
import { ImportPlanWriter } from './import-plan-writer';
import { readWorkbook } from './read-workbook';

@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly writer: ImportPlanWriter,
  ) {}

  /**
   * Reads the whole file first (pure), so a bad file writes nothing; then creates the journey, its
   * graph, metrics and annotations in one transaction through the routes' own services.
   */
  async importJourney(actor: Actor, workspaceId: string, request: ImportJourneyDto): Promise<ImportJourneyResponse> {
    const workspace = await this.access.forWorkspace(actor, workspaceId, 'journey:write');
    const reading = await readPlan(request);
    if (!reading.ok) throw invalid(request.format, reading.errors);
    const { plan, warnings } = reading;
    const written = await this.dataSource.transaction((manager) => this.write(manager, actor, workspace, plan, request));
    return { ...written.journey, warnings: [...warnings, ...written.warnings] };
  }

  private write(manager: EntityManager, actor: Actor, workspace: WorkspaceScope, plan: JourneyImportPlan, request: ImportJourneyDto): ReturnType<ImportPlanWriter['write']> {
    if (plan.annotations.length > 0 && !roleAllows(workspace.role, 'journey:comment')) {
      throw new AppError('FORBIDDEN', { detail: 'The file holds annotations, and your role may not write annotations.' });
    }
    return this.writer.write(manager, actor, workspace, plan, { format: request.format, ...(request.name ? { name: request.name } : {}) });
  }

  /**
   * A CXMap document's dry run writes it in a transaction that is always rolled back, so the preview
   * meets every check the import meets (the canvas rules, journey limits, metric meanings, figures),
   * not only the file's own; nothing is kept and no change is announced (events go out at commit).
   */
  private async trialWrite(actor: Actor, workspace: WorkspaceScope, plan: JourneyImportPlan, request: ImportJourneyDto): Promise<ImportIssue[]> {
    try {
      await this.dataSource.transaction(async (manager) => {
        await this.write(manager, actor, workspace, plan, request);
        throw new TrialRolledBack();
      });
    } catch (error) {
      if (error instanceof TrialRolledBack) return [];
      if (!(error instanceof AppError)) throw error;
      const errors = error.details.errors ?? [];
      if (errors.length === 0) return [{ line: null, message: error.details.detail ?? error.message }];
      return errors.map((e) => ({ line: e.line ?? null, message: e.message }));
    }
    return [];
  }

  /** `?dryRun=true`: what the file would become (every grid row with its errors); nothing is written. */
  async previewImport(actor: Actor, workspaceId: string, request: ImportJourneyDto): Promise<ImportPreviewResponse> {
    const workspace = await this.access.forWorkspace(actor, workspaceId, 'journey:write');
    const { format } = request;
    if (format === 'cxmap') {
      const reading = readDocumentPlan(request.content);
      if (!reading.ok) return documentPreviewOf(request, reading);
      const errors = await this.trialWrite(actor, workspace, reading.plan, request);
      return errors.length > 0 ? { ...documentPreviewOf(request, reading), ok: false, errors } : documentPreviewOf(request, reading);
    }
    const { result, rows } = await readImportFile({ ...request, format });
    return importPreviewOf(result, rows, request.name);
  }
}

const FORMAT_NAMES: Record<JourneyImportFormat, string> = {
  mermaid: 'Mermaid journey',
  ojf: 'OpenJourney file',
  csv: 'CSV file',
  xlsx: 'XLSX workbook',
  cxmap: 'CXMap journey document',
};

/** Parses a Mermaid, OpenJourney or grid file: grid formats also answer their rows, for the preview. */
async function readImportFile(request: ImportJourneyDto & { format: Exclude<JourneyImportFormat, 'cxmap'> }): Promise<{ result: ImportResult; rows: GridRowPreview[] }> {
  if (request.format === 'csv') return parseTouchpointCsv(request.content);
  if (request.format === 'xlsx') {
    const workbook = await readWorkbook(request.content);
    if (!workbook.ok) return { rows: [], result: { ok: false, errors: [{ line: null, message: workbook.message }] } };
    return parseTouchpointGrid(workbook.records);
  }
  return { result: parseJourneyFile(request.format, request.content), rows: [] };
}

/** A file read into an import plan, or every problem found in it (by line, and by JSON path for a document). */
type PlanReading = { ok: true; plan: JourneyImportPlan; warnings: ImportIssue[] } | { ok: false; errors: FieldError[] };

async function readPlan(request: ImportJourneyDto): Promise<PlanReading> {
  const { format, content } = request;
  if (format === 'cxmap') return readDocumentPlan(content);
  const { result } = await readImportFile({ ...request, format });
  if (!result.ok) return { ok: false, errors: result.errors.map((error) => ({ path: 'content', line: error.line, message: error.message })) };
  return { ok: true, plan: importedJourneyToPlan(result.journey, randomUUID), warnings: result.warnings };
}

function readDocumentPlan(content: string): PlanReading {
  // The published JSON Schema first (what other tools validate against), then the reader's rules.
  const schemaIssues = documentSchemaIssues(content);
  if (schemaIssues.length > 0) return { ok: false, errors: schemaIssues.map(documentError) };
  const parsed = parseJourneyDocument(content);
  if (!parsed.ok) return { ok: false, errors: parsed.errors.map(documentError) };
  return { ok: true, plan: documentToImportPlan(parsed.document, randomUUID), warnings: [] };
}

/** Thrown to roll a dry run's transaction back once everything is written. */
class TrialRolledBack extends Error {}

/** A CXMap document's preview: its stages with their touchpoints and its links, or every problem. */
function documentPreviewOf(request: ImportJourneyDto, reading: PlanReading): ImportPreviewResponse {
  if (!reading.ok) {
    const errors = reading.errors.map((error) => ({ line: error.line ?? null, message: error.message }));
    return { ok: false, name: request.name ?? '', stages: [], links: 0, rows: [], errors, warnings: [] };
  }
  const { plan, warnings } = reading;
  const stages = plan.ops.flatMap((op) => (op.op === 'create' && op.entity === 'stage' ? [{ id: op.id, name: op.data.name }] : []));
  const touchpointsOf = new Map<string, number>();
  for (const op of plan.ops) if (op.op === 'create' && op.entity === 'touchpoint') touchpointsOf.set(op.data.stageId, (touchpointsOf.get(op.data.stageId) ?? 0) + 1);
  return {
    ok: true,
    name: request.name ?? plan.journey.name,
    stages: stages.map((stage) => ({ name: stage.name, touchpoints: touchpointsOf.get(stage.id) ?? 0 })),
    links: plan.ops.filter((op) => op.op === 'create' && op.entity === 'link').length,
    rows: [],
    errors: [],
    warnings,
  };
}

function documentError(issue: DocumentIssue): FieldError {
  return {
    path: 'content',
    line: issue.line,
    ...(issue.path === '' ? {} : { jsonPath: issue.path }),
    message: issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`,
  };
}

function invalid(format: JourneyImportFormat, errors: FieldError[]): AppError {
  const count = errors.length === 1 ? 'a problem' : `${errors.length} problems`;
  return new AppError('IMPORT_INVALID', { detail: `The ${FORMAT_NAMES[format]} has ${count}; nothing was imported.`, errors });
}
