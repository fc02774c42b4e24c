import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LIMITS, type ImportJourneyResponse, type ImportPreviewResponse, type JourneyImportFormat } from '@cxmap/domain';
import {
  importedJourneyToOps,
  importPreviewOf,
  parseJourneyFile,
  parseTouchpointCsv,
  parseTouchpointGrid,
  truncate,
  type GridRowPreview,
  type ImportResult,
} from '@cxmap/journey-format';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { auditActorOf } from '../audit/audit-actor';
import { JourneysService } from '../journeys/journeys.service';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import type { ImportJourneyDto } from './dto/import-journey.dto';
import { readWorkbook } from './read-workbook';

@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: WorkspaceAccessService,
    private readonly journeys: JourneysService,
  ) {}

  /**
   * Parses the whole file first (pure), so a bad file writes nothing; then creates the journey and
   * its content in one transaction through the same path as a template journey.
   */
  async importJourney(actor: Actor, workspaceId: string, request: ImportJourneyDto): Promise<ImportJourneyResponse> {
    await this.access.forWorkspace(actor, workspaceId, 'journey:write');
    const { result } = await readImportFile(request);
    if (!result.ok) {
      throw new AppError('IMPORT_INVALID', {
        detail: `The ${FORMAT_NAMES[request.format]} has ${result.errors.length === 1 ? 'a problem' : `${result.errors.length} problems`}; nothing was imported.`,
        errors: result.errors.map((error) => ({ path: 'content', line: error.line, message: error.message })),
      });
    }
    const { journey: imported, warnings } = result;
    const ops = importedJourneyToOps(imported, randomUUID);
    const journey = await this.dataSource.transaction((manager) =>
      this.journeys.createWithin(
        manager,
        workspaceId,
        { name: request.name ?? imported.name, description: truncate(imported.description, LIMITS.descriptionMax), personaId: null },
        ops,
        { actor: auditActorOf(actor), importedFrom: request.format },
      ),
    );
    return { ...journey, warnings };
  }

  /** `?dryRun=true`: what the file would become (every grid row with its errors); nothing is written. */
  async previewImport(actor: Actor, workspaceId: string, request: ImportJourneyDto): Promise<ImportPreviewResponse> {
    await this.access.forWorkspace(actor, workspaceId, 'journey:write');
    const { result, rows } = await readImportFile(request);
    return importPreviewOf(result, rows, request.name);
  }
}

const FORMAT_NAMES: Record<JourneyImportFormat, string> = {
  mermaid: 'Mermaid journey',
  ojf: 'OpenJourney file',
  csv: 'CSV file',
  xlsx: 'XLSX workbook',
};

/** Parses the file of any format: grid formats also answer their rows, for the preview. */
async function readImportFile(request: ImportJourneyDto): Promise<{ result: ImportResult; rows: GridRowPreview[] }> {
  if (request.format === 'csv') return parseTouchpointCsv(request.content);
  if (request.format === 'xlsx') {
    const workbook = await readWorkbook(request.content);
    if (!workbook.ok) return { rows: [], result: { ok: false, errors: [{ line: null, message: workbook.message }] } };
    return parseTouchpointGrid(workbook.records);
  }
  return { result: parseJourneyFile(request.format, request.content), rows: [] };
}
