import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { Public } from '../../core/auth/public.decorator';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { openEventStream } from './event-stream';
import { JourneyEventsService } from './journey-events.service';

const STREAM_DESCRIPTION =
  'A `text/event-stream` that stays open: one `journey-change` event per committed change of the journey (JSON data ' +
  '`{ journeyId, kind: graph|journey|deleted|metrics|annotations, revision, own }`; `own` marks changes made with your own session), ' +
  'a `: heartbeat` comment every 25 s. No replay: after a reconnect, refetch what you show. Ends when access ends or the instance stops.';

const STREAM_RESPONSE = {
  description: 'The event stream',
  content: { 'text/event-stream': { schema: { type: 'string', example: 'event: journey-change\ndata: {"journeyId":"…","kind":"graph","revision":12,"own":false}\n\n' } } },
};

@ApiTags('journeys')
@Controller()
export class JourneyEventsController {
  constructor(private readonly events: JourneyEventsService) {}

  @Get('journeys/:id/events')
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Live changes of a journey, as server-sent events (anyone who may read it)', description: STREAM_DESCRIPTION })
  @ApiProduces('text/event-stream')
  @ApiOkResponse(STREAM_RESPONSE)
  @ApiProblemResponses(400, 401, 403, 404, 500, 503)
  async journey(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    openEventStream(request, response, await this.events.forMember(actor, id));
  }

  @Public()
  @Get('share/:token/events')
  @ApiOperation({ summary: 'Live changes of the journey a share link opens (no session needed)', description: STREAM_DESCRIPTION })
  @ApiParam({ name: 'token', description: 'The token of the page `/s/<token>`' })
  @ApiProduces('text/event-stream')
  @ApiOkResponse(STREAM_RESPONSE)
  @ApiProblemResponses({ status: 404, description: 'Unknown, malformed, expired or revoked: all answer alike (SHARE_LINK_NOT_FOUND)' }, 500, 503)
  async shared(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    openEventStream(request, response, await this.events.forShareLink(token));
  }
}
