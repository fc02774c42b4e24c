import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { JourneyDto, JourneyGraph, JourneySummaryDto, Page } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { AllowApiKey } from '../../core/auth/api-key.decorator';
import { CurrentCaller, type Caller } from '../../core/auth/caller';
import { revisionTag } from '../../core/http/etag';
import { PageQueryDto } from '../../core/pagination/page-query.dto';
import { PageResponseDto } from '../../core/pagination/page-response';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { NonEmptyBodyPipe } from '../../core/validation/non-empty-body.pipe';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { CreateJourneyDto, UpdateJourneyDto } from './dto/journey-requests.dto';
import { JourneyGraphResponseDto, JourneyResponseDto, JourneySummaryResponseDto } from './dto/journey-responses.dto';
import { JourneysService } from './journeys.service';

const ETAG_HEADER = {
  ETag: { description: 'The journey revision in quotes, e.g. "12"', schema: { type: 'string', example: '"12"' } },
};

@ApiTags('journeys')
@ApiCookieAuth()
@ApiProblemResponses(400, 401, 404, 500)
@Controller()
export class JourneysController {
  constructor(private readonly journeys: JourneysService) {}

  @Get('workspaces/:workspaceId/journeys')
  @AllowApiKey()
  @ApiOperation({
    summary: 'Journeys of a workspace, with stage and touchpoint counts; most recently updated first, one page at a time (API keys: `read` scope)',
  })
  @ApiOkResponse({ type: PageResponseDto(JourneySummaryResponseDto, 'JourneySummaryPageDto') })
  @ApiProblemResponses(403)
  list(
    @CurrentCaller() caller: Caller,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Query() page: PageQueryDto,
  ): Promise<Page<JourneySummaryDto>> {
    return this.journeys.list(caller, workspaceId, page);
  }

  @Post('workspaces/:workspaceId/journeys')
  @ApiOperation({ summary: 'Create a journey from a lifecycle template' })
  @ApiCreatedResponse({ type: JourneyResponseDto })
  @ApiProblemResponses(403, 413, 415)
  create(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Body() body: CreateJourneyDto,
  ): Promise<JourneyDto> {
    return this.journeys.create(actor, workspaceId, body);
  }

  @Get('journeys/:id')
  @AllowApiKey()
  @ApiOperation({ summary: 'The whole journey graph; ETag is the revision, 304 on a matching If-None-Match (API keys: `read` scope)' })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of the copy you hold: `"<revision>"`' })
  @ApiOkResponse({ type: JourneyGraphResponseDto, headers: ETAG_HEADER })
  @ApiNotModifiedResponse({ description: 'If-None-Match matches the current revision: no body', headers: ETAG_HEADER })
  @ApiProblemResponses(403)
  async graph(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParamPipe) id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<JourneyGraph | undefined> {
    const read = await this.journeys.getGraph(caller, id, ifNoneMatch);
    response.setHeader('Cache-Control', 'no-cache');
    if (read.notModified) {
      response.setHeader('ETag', revisionTag(read.revision));
      response.status(304);
      return undefined;
    }
    response.setHeader('ETag', revisionTag(read.graph.journey.revision));
    return read.graph;
  }

  @Patch('journeys/:id')
  @ApiOperation({ summary: 'Rename or re-status a journey: send at least one field' })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description:
      'The ETag you read, `"<revision>"` (or `*`). Optional for now: without it the last writer wins; ' +
      'with a stale one nothing is changed and the answer is 409 STALE_REVISION.',
  })
  @ApiOkResponse({ type: JourneyResponseDto, headers: ETAG_HEADER })
  @ApiProblemResponses(403, { status: 409, description: 'If-Match is stale (STALE_REVISION)' }, 413, 415)
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body(NonEmptyBodyPipe) body: UpdateJourneyDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<JourneyDto> {
    const journey = await this.journeys.update(actor, id, body, ifMatch);
    response.setHeader('ETag', revisionTag(journey.revision));
    return journey;
  }

  @Delete('journeys/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiProblemResponses(403)
  remove(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    return this.journeys.remove(actor, id);
  }
}
