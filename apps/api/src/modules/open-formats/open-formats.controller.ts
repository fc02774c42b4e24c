import { Controller, Get, Header, Param, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { JOURNEY_DOCUMENT_SCHEMA, JOURNEY_DOCUMENT_SCHEMA_PATH } from '@cxmap/journey-format';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { Public } from '../../core/auth/public.decorator';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { JourneyExportService } from './journey-export.service';

const ATTACHMENT = { 'Content-Disposition': { description: 'attachment; filename="<journey-name>.<extension>"', schema: { type: 'string' } } };

/** `attachment` with an ASCII file name (the slug never holds a quote or a non-ASCII character). */
function attach(response: Response, fileName: string): void {
  response.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  response.setHeader('Cache-Control', 'no-store');
}

@ApiTags('open formats')
@Controller()
export class OpenFormatsController {
  constructor(private readonly exports: JourneyExportService) {}

  @Get('journeys/:id/document')
  @ApiCookieAuth()
  @ApiOperation({
    summary: 'The journey as a CXMap journey document (JSON): stages, touchpoints, links, metrics with measurements, annotations with replies',
    description: `Import it with POST /api/workspaces/{workspaceId}/journeys/import, format \`cxmap\`. Schema: ${JOURNEY_DOCUMENT_SCHEMA_PATH}.`,
  })
  @ApiOkResponse({
    description: 'A CXMap journey document, version 1',
    schema: { type: 'object', description: `Validates against ${JOURNEY_DOCUMENT_SCHEMA_PATH}` },
    headers: ATTACHMENT,
  })
  @ApiProblemResponses(400, 401, 403, 404, 422, 500)
  async document(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Res() response: Response): Promise<void> {
    const download = await this.exports.document(actor, id);
    attach(response, download.fileName);
    response.type('application/json; charset=utf-8').send(download.body);
  }

  @Get('journeys/:id/mermaid')
  @ApiCookieAuth()
  @ApiOperation({ summary: 'The journey as Mermaid `journey` text: sections are stages, tasks are touchpoints (score = emotion + 3)' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Mermaid journey diagram text', schema: { type: 'string' }, headers: ATTACHMENT })
  @ApiProblemResponses(400, 401, 403, 404, 500)
  async mermaid(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Res() response: Response): Promise<void> {
    const download = await this.exports.mermaid(actor, id);
    attach(response, download.fileName);
    response.type('text/plain; charset=utf-8').send(download.body);
  }

  @Public()
  @Get('schemas/journey-document.json')
  @Header('Content-Type', 'application/schema+json')
  @Header('Cache-Control', 'public, max-age=86400')
  @ApiOperation({ summary: 'The JSON Schema (draft 2020-12) of the CXMap journey document, version 1' })
  @ApiProduces('application/schema+json')
  @ApiOkResponse({ description: 'JSON Schema', schema: { type: 'object' } })
  @ApiProblemResponses(500)
  schema(): Readonly<Record<string, unknown>> {
    return JOURNEY_DOCUMENT_SCHEMA;
  }
}
