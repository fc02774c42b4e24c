import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
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
import type { AcceptInvitationResponse, CreatedInvitationResponse, InvitationDto, InvitationPreviewDto, Page } from '@cxmap/domain';
import { CurrentActor, OptionalActor, type Actor } from '../../core/auth/actor';
import { Public } from '../../core/auth/public.decorator';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { PageQueryDto } from '../../core/pagination/page-query.dto';
import { PageResponseDto } from '../../core/pagination/page-response';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { setSessionCookie } from '../auth/session-cookie';
import { AcceptInvitationDto, CreateInvitationDto } from './dto/invitation-requests.dto';
import {
  AcceptInvitationResponseDto,
  CreatedInvitationResponseDto,
  InvitationPreviewResponseDto,
  InvitationResponseDto,
} from './dto/invitation-responses.dto';
import { InvitationsService } from './invitations.service';

const TOKEN_PARAM = { name: 'token', description: 'The token of the link `/invite/<token>`' };
const UNKNOWN_LINK = {
  status: 404,
  description: 'Unknown, expired, used or revoked: all answer alike (INVITATION_NOT_FOUND)',
} as const;

@ApiTags('invitations')
@ApiProblemResponses(500)
@Controller()
export class InvitationsController {
  constructor(
    private readonly invitations: InvitationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('workspaces/:workspaceId/invitations')
  @ApiCookieAuth()
  @ApiOperation({
    summary: 'Invite someone by email (owners): the answer holds the link, shown this once',
    description: 'A pending invitation of the same address is revoked. The link expires after 7 days and works once.',
  })
  @ApiCreatedResponse({ type: CreatedInvitationResponseDto })
  @ApiProblemResponses(400, 401, 403, 404, { status: 409, description: 'Already a member (ALREADY_MEMBER)' }, 413, 415)
  create(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Body() body: CreateInvitationDto,
  ): Promise<CreatedInvitationResponse> {
    return this.invitations.create(actor, workspaceId, body);
  }

  @Get('workspaces/:workspaceId/invitations')
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Pending invitations of a workspace (owners), newest first, one page at a time; links are never shown again' })
  @ApiOkResponse({ type: PageResponseDto(InvitationResponseDto, 'InvitationPageDto') })
  @ApiProblemResponses(400, 401, 403, 404)
  list(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Query() page: PageQueryDto,
  ): Promise<Page<InvitationDto>> {
    return this.invitations.listPending(actor, workspaceId, page);
  }

  @Delete('workspaces/:workspaceId/invitations/:invitationId')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Revoke a pending invitation (owners): its link stops working at once' })
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 401, 403, 404)
  revoke(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Param('invitationId', UuidParamPipe) invitationId: string,
  ): Promise<void> {
    return this.invitations.revoke(actor, workspaceId, invitationId);
  }

  @Public()
  @Get('invitations/:token')
  @ApiOperation({ summary: 'What an invitation link offers, before accepting it (no session needed)' })
  @ApiParam(TOKEN_PARAM)
  @ApiOkResponse({ type: InvitationPreviewResponseDto })
  @ApiProblemResponses(UNKNOWN_LINK)
  preview(@Param('token') token: string): Promise<InvitationPreviewDto> {
    return this.invitations.preview(token);
  }

  @Public()
  @Post('invitations/:token/accept')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Accept an invitation, once',
    description:
      'With a session: joins as the signed-in user, whose email must be the invited one (send `{}`). ' +
      'Without: `{ name, password }` creates the account of the invited email and signs it in.',
  })
  @ApiParam(TOKEN_PARAM)
  @ApiOkResponse({ type: AcceptInvitationResponseDto })
  @ApiProblemResponses(
    400,
    { status: 403, description: 'The signed-in user is not the invited email (INVITATION_FOR_ANOTHER_EMAIL)' },
    UNKNOWN_LINK,
    { status: 409, description: 'Already a member (ALREADY_MEMBER), or the email has an account: log in first (EMAIL_TAKEN)' },
    413,
    415,
  )
  async accept(
    @OptionalActor() actor: Actor | undefined,
    @Param('token') token: string,
    @Body() body: AcceptInvitationDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AcceptInvitationResponse> {
    const accepted = await this.invitations.accept(actor, token, body);
    if (accepted.session) setSessionCookie(response, this.config, accepted.session.token, accepted.session.expiresAt);
    return accepted.response;
  }
}
