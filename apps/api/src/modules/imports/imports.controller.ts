import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ImportJourneyResponse } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ImportJourneyDto, ImportJourneyResponseDto } from './dto/import-journey.dto';
import { ImportsService } from './imports.service';

@ApiTags('imports')
@ApiCookieAuth()
@ApiProblemResponses(400, 401, 403, 404, 413, 415, 500)
@Controller()
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post('workspaces/:workspaceId/journeys/import')
  @ApiOperation({
    summary: 'Create a journey from a Mermaid `journey` diagram, an OpenJourney (.ojf) file or a CXMap journey document',
    description:
      'A CXMap document brings its metrics (custom definitions, thresholds, measurements) and annotations (with replies) too; ' +
      'every id is replaced by a fresh one. OpenJourney pain points become pain-point annotations. Needs `journey:write`, and ' +
      '`journey:comment` when the file holds annotations.',
  })
  @ApiCreatedResponse({ type: ImportJourneyResponseDto })
  @ApiProblemResponses({
    status: 422,
    description:
      'IMPORT_INVALID: the file cannot be imported; `errors` holds `{ path: "content", line, message }` per problem ' +
      '(and `jsonPath`, e.g. `stages[2].name`, for a CXMap document). Nothing is written.',
  })
  importJourney(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Body() body: ImportJourneyDto,
  ): Promise<ImportJourneyResponse> {
    return this.imports.importJourney(actor, workspaceId, body);
  }
}
