import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { LIMITS, type ImportJourneyResponse } from '@cxmap/domain';
import { importedJourneyToOps, parseJourneyFile, truncate } from '@cxmap/journey-format';
import { DataSource } from 'typeorm';
import type { Actor } from '../../core/auth/actor';
import { AppError } from '../../core/errors/app-error';
import { auditActorOf } from '../audit/audit-actor';
import { JourneysService } from '../journeys/journeys.service';
import { WorkspaceAccessService } from '../workspaces/workspace-access.service';
import type { ImportJourneyDto } from './dto/import-journey.dto';

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
    const result = parseJourneyFile(request.format, request.content);
    if (!result.ok) {
      throw new AppError('IMPORT_INVALID', {
        detail: `The ${request.format === 'mermaid' ? 'Mermaid journey' : 'OpenJourney file'} has ${result.errors.length === 1 ? 'a problem' : `${result.errors.length} problems`}; nothing was imported.`,
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
}
