import { Body, Controller, Param, Post, Query, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ImportJourneyResponse, ImportPreviewResponse } from '@cxmap/domain';
import type { Response } from 'express';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ImportJourneyDto, ImportJourneyQueryDto, ImportJourneyResponseDto, ImportPreviewResponseDto } from './dto/import-journey.dto';
import { ImportsService } from './imports.service';

@ApiTags('imports')
@ApiCookieAuth()
@ApiProblemResponses(400, 401, 403, 404, 413, 415, 500)
@Controller()
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post('workspaces/:workspaceId/journeys/import')
  @ApiOperation({
    summary: 'Create a journey from a Mermaid `journey` diagram, an OpenJourney (.ojf) file, a CSV/XLSX grid of touchpoints or a CXMap journey document; `dryRun=true` previews',
    description:
      'Grid formats: a row per touchpoint with columns stage, title (required), stage_order, description, channel, interaction, layer, ' +
      'owner_team, emotion (−2…+2), phase; `xlsx` content is the workbook in base64 (first sheet). See the README. ' +
      'A CXMap document brings its metrics (custom definitions, thresholds, measurements) and annotations (with replies) too; ' +
      'every id is replaced by a fresh one. OpenJourney pain points become pain-point annotations. Needs `journey:write`, and ' +
      '`journey:comment` when the file holds annotations.',
  })
  @ApiCreatedResponse({ type: ImportJourneyResponseDto })
  @ApiOkResponse({ type: ImportPreviewResponseDto, description: '`dryRun=true`: what the file would become; nothing is written' })
  @ApiProblemResponses({
    status: 422,
    description:
      'IMPORT_INVALID: the file cannot be imported; `errors` holds `{ path: "content", line, message }` per problem ' +
      '(and `jsonPath`, e.g. `stages[2].name`, for a CXMap document). Nothing is written.',
  })
  importJourney(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Query() query: ImportJourneyQueryDto,
    @Body() body: ImportJourneyDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportJourneyResponse | ImportPreviewResponse> {
    if (query.dryRun === 'true') {
      response.status(200);
      return this.imports.previewImport(actor, workspaceId, body);
    }
    return this.imports.importJourney(actor, workspaceId, body);
  }
}
