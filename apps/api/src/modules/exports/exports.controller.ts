import { Body, Controller, Get, Header, HttpCode, Param, Post, type StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCookieAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { EXPORT_LIMITS, METRIC_LIMITS, type ExportJobDto } from '@cxmap/domain';
import { REPORT_CONTENT_TYPES } from '@cxmap/reports';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { CreateExportDto, CreatePortfolioExportDto } from './dto/export-requests.dto';
import { ExportJobResponseDto } from './dto/export-responses.dto';
import { toDownload } from './export-file-response';
import { ExportsService } from './exports.service';

const NO_EXPORT = { status: 404, description: 'No such export in a workspace of yours, or it expired (EXPORT_NOT_FOUND)' } as const;
export const CREATE_DESCRIPTION =
  `Answers 202 with the job at once; poll it until \`done\`, then download its file. Validation: \`format\` and \`sections\` from the lists, ` +
  `\`from\`/\`to\` real dates given together, from ≤ to, at most ${METRIC_LIMITS.rangeDaysMax} days. A workspace runs at most ` +
  `${EXPORT_LIMITS.activePerWorkspaceMax} exports at a time (429 beyond); jobs and files are kept ${EXPORT_LIMITS.keepMinutes} minutes.`;
export const FILE_TYPES = [...new Set(Object.values(REPORT_CONTENT_TYPES))];

@ApiTags('exports')
@ApiCookieAuth()
@ApiProblemResponses(500)
@Controller()
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Post('journeys/:id/exports')
  @HttpCode(202)
  @ApiOperation({ summary: 'Start a report export of a journey (every role: viewers export too)', description: CREATE_DESCRIPTION })
  @ApiAcceptedResponse({ type: ExportJobResponseDto })
  @ApiProblemResponses(400, 401, 403, { status: 404, description: 'No such journey in a workspace of yours (JOURNEY_NOT_FOUND)' }, 413, 415, { status: 429, description: 'Too many exports in progress in the workspace (TOO_MANY_EXPORTS); see Retry-After' })
  create(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) journeyId: string, @Body() body: CreateExportDto): Promise<ExportJobDto> {
    return this.exports.createForMember(actor, journeyId, body);
  }

  @Post('workspaces/:workspaceId/exports')
  @HttpCode(202)
  @ApiOperation({ summary: 'Start a PDF export of the workspace portfolio (every role)', description: CREATE_DESCRIPTION })
  @ApiAcceptedResponse({ type: ExportJobResponseDto })
  @ApiProblemResponses(400, 401, 403, { status: 404, description: 'No such workspace of yours (WORKSPACE_NOT_FOUND)' }, 413, 415, {
    status: 429,
    description: 'Too many exports in progress in the workspace (TOO_MANY_EXPORTS); see Retry-After',
  })
  createPortfolio(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Body() body: CreatePortfolioExportDto,
  ): Promise<ExportJobDto> {
    return this.exports.createForWorkspace(actor, workspaceId, body);
  }

  @Get('exports/:id')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The status and progress of an export' })
  @ApiOkResponse({ type: ExportJobResponseDto })
  @ApiProblemResponses(400, 401, 403, NO_EXPORT)
  status(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<ExportJobDto> {
    return this.exports.statusForMember(actor, id);
  }

  @Get('exports/:id/file')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Download a finished export (Content-Disposition: attachment)' })
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiProblemResponses(400, 401, 403, NO_EXPORT, { status: 409, description: 'Not finished yet, or failed (EXPORT_NOT_READY)' })
  async file(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<StreamableFile> {
    return toDownload(await this.exports.fileForMember(actor, id));
  }
}
