import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MemberDto, Page, WorkspaceMembershipDto } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { PageQueryDto } from '../../core/pagination/page-query.dto';
import { PageResponseDto } from '../../core/pagination/page-response';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { CreateWorkspaceDto, UpdateMemberDto, UpdateWorkspaceDto } from './dto/workspace-requests.dto';
import { MemberResponseDto, WorkspaceResponseDto } from './dto/workspace-responses.dto';
import { MembersService } from './members.service';
import { WorkspacesService } from './workspaces.service';

const LAST_OWNER = { status: 409, description: 'The workspace would be left without an owner (LAST_OWNER)' } as const;

@ApiTags('workspaces')
@ApiCookieAuth()
@ApiProblemResponses(401, 500)
@Controller('workspaces')
export class WorkspacesController {
  constructor(
    private readonly workspaces: WorkspacesService,
    private readonly members: MembersService,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Create a workspace; the caller becomes its owner' })
  @ApiCreatedResponse({ type: WorkspaceResponseDto })
  @ApiProblemResponses(400, 413, 415)
  create(@CurrentActor() actor: Actor, @Body() body: CreateWorkspaceDto): Promise<WorkspaceMembershipDto> {
    return this.workspaces.create(actor, body);
  }

  @Patch(':workspaceId')
  @ApiOperation({ summary: 'Rename a workspace (owners)' })
  @ApiOkResponse({ type: WorkspaceResponseDto })
  @ApiProblemResponses(400, 403, 404, 413, 415)
  rename(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Body() body: UpdateWorkspaceDto,
  ): Promise<WorkspaceMembershipDto> {
    return this.workspaces.rename(actor, workspaceId, body);
  }

  @Delete(':workspaceId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a workspace with all its journeys, members and invitations (owners)' })
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 403, 404)
  remove(@CurrentActor() actor: Actor, @Param('workspaceId', UuidParamPipe) workspaceId: string): Promise<void> {
    return this.workspaces.remove(actor, workspaceId);
  }

  @Get(':workspaceId/members')
  @ApiOperation({ summary: 'Members of a workspace with their roles (any member); owners first, then by name, one page at a time' })
  @ApiOkResponse({ type: PageResponseDto(MemberResponseDto, 'MemberPageDto') })
  @ApiProblemResponses(400, 404)
  listMembers(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Query() page: PageQueryDto,
  ): Promise<Page<MemberDto>> {
    return this.members.list(actor, workspaceId, page);
  }

  @Patch(':workspaceId/members/:userId')
  @ApiOperation({ summary: 'Change a member’s role (owners); the last owner cannot be demoted' })
  @ApiOkResponse({ type: MemberResponseDto })
  @ApiProblemResponses(400, 403, 404, LAST_OWNER, 413, 415)
  changeRole(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Param('userId', UuidParamPipe) userId: string,
    @Body() body: UpdateMemberDto,
  ): Promise<MemberDto> {
    return this.members.changeRole(actor, workspaceId, userId, body.role);
  }

  @Delete(':workspaceId/members/:userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a member (owners), or leave (your own user id); the last owner cannot go' })
  @ApiNoContentResponse()
  @ApiProblemResponses(400, 403, 404, LAST_OWNER)
  removeMember(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Param('userId', UuidParamPipe) userId: string,
  ): Promise<void> {
    return this.members.remove(actor, workspaceId, userId);
  }
}
