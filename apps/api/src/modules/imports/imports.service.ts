import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { roleAllows, type FieldError, type ImportJourneyResponse, type JourneyImportFormat } from '@cxmap/domain';
import {
  documentToImportPlan,
  importedJourneyToPlan,
  parseJourneyDocument,
  parseJourneyFile,
  type DocumentIssue,
  type ImportIssue,
  type JourneyImportPlan,
} from '@cxmap/journey-format';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import { documentSchemaIssues } from './document-schema-issues';
import type { ImportJourneyDto } from './dto/import-journey.dto';
import { ImportPlanWriter } from './import-plan-writer';

const FORMAT_NAMES: Record<JourneyImportFormat, string> = {
  mermaid: 'Mermaid journey',
  ojf: 'OpenJourney file',
  cxmap: 'CXMap journey document',
};

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
    const { plan, warnings } = readPlan(request.format, request.content);
    if (plan.annotations.length > 0 && !roleAllows(workspace.role, 'journey:comment')) {
      throw new AppError('FORBIDDEN', { detail: 'The file holds annotations, and your role may not write annotations.' });
    }
    const written = await this.dataSource.transaction((manager) =>
      this.writer.write(manager, actor, workspace, plan, { format: request.format, ...(request.name ? { name: request.name } : {}) }),
    );
    return { ...written.journey, warnings: [...warnings, ...written.warnings] };
  }
}

/** The import plan of a file, or IMPORT_INVALID with every problem (by line, and by JSON path for a document). */
function readPlan(format: JourneyImportFormat, content: string): { plan: JourneyImportPlan; warnings: ImportIssue[] } {
  if (format === 'cxmap') {
    // The published JSON Schema first (what other tools validate against), then the reader's rules.
    const schemaIssues = documentSchemaIssues(content);
    if (schemaIssues.length > 0) throw invalid(format, schemaIssues.map(documentError));
    const parsed = parseJourneyDocument(content);
    if (!parsed.ok) throw invalid(format, parsed.errors.map(documentError));
    return { plan: documentToImportPlan(parsed.document, randomUUID), warnings: [] };
  }
  const result = parseJourneyFile(format, content);
  if (!result.ok) throw invalid(format, result.errors.map((error) => ({ path: 'content', line: error.line, message: error.message })));
  return { plan: importedJourneyToPlan(result.journey, randomUUID), warnings: result.warnings };
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
