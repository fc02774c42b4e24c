import { Body, Controller, Get, Header, HttpCode, Param, Post, type StreamableFile } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { ExportJobDto } from '@cxmap/domain';
import { Public } from '../../core/auth/public.decorator';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { CreateExportDto } from './dto/export-requests.dto';
import { ExportJobResponseDto } from './dto/export-responses.dto';
import { CREATE_DESCRIPTION, FILE_TYPES } from './exports.controller';
import { toDownload } from './export-file-response';
import { ExportsService } from './exports.service';

const NO_LINK = 'Unknown, malformed, expired or revoked link (SHARE_LINK_NOT_FOUND)';
const NOT_ALLOWED = { status: 403, description: 'The link does not allow exports (EXPORT_NOT_ALLOWED)' } as const;
const TOKEN = { name: 'token', description: 'The token of the page `/s/<token>`' } as const;

/** Exports through a share link that allows them: the link's journey only, and only the jobs made through it. */
@ApiTags('exports')
@ApiProblemResponses(500)
@Controller('share/:token/exports')
export class ShareExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Public()
  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Start a report export of the shared journey (no session needed)', description: CREATE_DESCRIPTION })
  @ApiParam(TOKEN)
  @ApiAcceptedResponse({ type: ExportJobResponseDto })
  @ApiProblemResponses(400, NOT_ALLOWED, { status: 404, description: NO_LINK }, 413, 415, 422, 429)
  create(@Param('token') token: string, @Body() body: CreateExportDto): Promise<ExportJobDto> {
    return this.exports.createForLink(token, body);
  }

  @Public()
  @Get(':id')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'The status and progress of an export made through this link' })
  @ApiParam(TOKEN)
  @ApiOkResponse({ type: ExportJobResponseDto })
  @ApiProblemResponses(400, NOT_ALLOWED, { status: 404, description: `${NO_LINK}, or no such export made through it (EXPORT_NOT_FOUND)` })
  status(@Param('token') token: string, @Param('id', UuidParamPipe) id: string): Promise<ExportJobDto> {
    return this.exports.statusForLink(token, id);
  }

  @Public()
  @Get(':id/file')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Download a finished export made through this link' })
  @ApiParam(TOKEN)
  @ApiProduces(...FILE_TYPES)
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiProblemResponses(400, NOT_ALLOWED, { status: 404, description: `${NO_LINK}, or no such export made through it (EXPORT_NOT_FOUND)` }, {
    status: 409,
    description: 'Not finished yet, or failed (EXPORT_NOT_READY)',
  })
  async file(@Param('token') token: string, @Param('id', UuidParamPipe) id: string): Promise<StreamableFile> {
    return toDownload(await this.exports.fileForLink(token, id));
  }
}
