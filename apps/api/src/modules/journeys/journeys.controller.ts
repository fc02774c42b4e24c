import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { JourneyDto, JourneyGraph, JourneySummaryDto } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { revisionTag } from '../../core/http/etag';
import { ProblemDto } from '../../core/http/problem.dto';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { CreateJourneyDto, UpdateJourneyDto } from './dto/journey-requests.dto';
import { JourneyGraphResponseDto, JourneyResponseDto, JourneySummaryResponseDto } from './dto/journey-responses.dto';
import { JourneysService } from './journeys.service';

@ApiTags('journeys')
@ApiCookieAuth()
@ApiNotFoundResponse({ type: ProblemDto })
@Controller()
export class JourneysController {
  constructor(private readonly journeys: JourneysService) {}

  @Get('workspaces/:workspaceId/journeys')
  @ApiOperation({ summary: 'Journeys of a workspace, with stage and touchpoint counts' })
  @ApiOkResponse({ type: [JourneySummaryResponseDto] })
  list(@CurrentActor() actor: Actor, @Param('workspaceId', UuidParamPipe) workspaceId: string): Promise<JourneySummaryDto[]> {
    return this.journeys.list(actor, workspaceId);
  }

  @Post('workspaces/:workspaceId/journeys')
  @ApiOperation({ summary: 'Create a journey from a lifecycle template' })
  @ApiCreatedResponse({ type: JourneyResponseDto })
  create(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Body() body: CreateJourneyDto,
  ): Promise<JourneyDto> {
    return this.journeys.create(actor, workspaceId, body);
  }

  @Get('journeys/:id')
  @ApiOperation({ summary: 'The whole journey graph; ETag is the revision, 304 on a matching If-None-Match' })
  @ApiOkResponse({ type: JourneyGraphResponseDto })
  @ApiHeader({ name: 'If-None-Match', required: false })
  async graph(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<JourneyGraph | undefined> {
    const read = await this.journeys.getGraph(actor, id, ifNoneMatch);
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
  @ApiOperation({ summary: 'Rename or re-status a journey; If-Match "<revision>" guards against lost updates' })
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiOkResponse({ type: JourneyResponseDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'If-Match is stale' })
  async update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Body() body: UpdateJourneyDto,
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
  remove(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<void> {
    return this.journeys.remove(actor, id);
  }
}
