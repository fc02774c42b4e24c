import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { LIMITS, type CreatedShareLinkResponse, type ShareLinkDto, type SharedJourneyResponse } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { Public } from '../../core/auth/public.decorator';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { CreateShareLinkDto } from './dto/share-link-requests.dto';
import { CreatedShareLinkResponseDto, SharedJourneyResponseDto, ShareLinkResponseDto } from './dto/share-link-responses.dto';
import { ShareLinksService } from './share-links.service';

const NO_JOURNEY = { status: 404, description: 'No such journey in a workspace of yours (JOURNEY_NOT_FOUND)' } as const;

@ApiTags('share links')
@ApiProblemResponses(500)
@Controller()
export class ShareLinksController {
  constructor(private readonly shareLinks: ShareLinksService) {}

  @Post('journeys/:id/share-links')
  @ApiCookieAuth()
  @ApiOperation({
    summary: 'Create a read-only share link of a journey (owners, editors): the token is in this answer only',
    description:
      'Anyone holding the token sees the journey’s canvas at `/s/<token>`, without an account, until it expires or is revoked. ' +
      `A journey has at most ${LIMITS.activeShareLinksPerJourneyMax} active links (neither revoked nor expired); one more is a 422.`,
  })
  @ApiCreatedResponse({ type: CreatedShareLinkResponseDto })
  @ApiProblemResponses(400, 401, 403, NO_JOURNEY, 413, 415, {
    status: 422,
    description: `The journey already has ${LIMITS.activeShareLinksPerJourneyMax} active links (TOO_MANY_SHARE_LINKS)`,
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) journeyId: string,
    @Body() body: CreateShareLinkDto,
  ): Promise<CreatedShareLinkResponse> {
    return this.shareLinks.create(actor, journeyId, body);
  }

  @Get('journeys/:id/share-links')
  @ApiCookieAuth()
  @ApiOperation({
    summary: 'The active share links of a journey (owners, editors): neither revoked nor expired; no tokens',
    description: `Not paginated: a journey holds at most ${LIMITS.activeShareLinksPerJourneyMax} active links, so this list is at most that long.`,
  })
  @ApiOkResponse({ type: [ShareLinkResponseDto] })
  @ApiProblemResponses(400, 401, 403, NO_JOURNEY)
  list(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) journeyId: string): Promise<ShareLinkDto[]> {
    return this.shareLinks.listActive(actor, journeyId);
  }

  @Delete('journeys/:id/share-links/:linkId')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Revoke a share link (owners, editors): it stops working at once' })
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 401, 403, {
    status: 404,
    description: 'No such journey (JOURNEY_NOT_FOUND), or no such link on it, or already revoked (SHARE_LINK_NOT_FOUND)',
  })
  revoke(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) journeyId: string,
    @Param('linkId', UuidParamPipe) linkId: string,
  ): Promise<void> {
    return this.shareLinks.revoke(actor, journeyId, linkId);
  }

  @Public()
  @Get('share/:token')
  @ApiOperation({
    summary: 'The journey a share link opens (no session needed)',
    description: 'The journey graph as `GET /api/journeys/{id}` answers it, without its workspace id, plus the link’s terms. Never cached.',
  })
  @ApiParam({ name: 'token', description: 'The token of the page `/s/<token>`' })
  @ApiOkResponse({ type: SharedJourneyResponseDto })
  @ApiProblemResponses({ status: 404, description: 'Unknown, malformed, expired or revoked: all answer alike (SHARE_LINK_NOT_FOUND)' })
  async open(@Param('token') token: string, @Res({ passthrough: true }) response: Response): Promise<SharedJourneyResponse> {
    // Set first, so the 404 of a dead link is not cached either.
    response.setHeader('Cache-Control', 'no-store');
    return this.shareLinks.open(token);
  }
}
