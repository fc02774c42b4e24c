import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AnnotationDto, AnnotationPage, AnnotationReplyDto, AnnotationSummaryResponse } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { AnnotationsService } from './annotations.service';
import {
  AnnotationQueryDto,
  CreateAnnotationDto,
  CreateReplyDto,
  UpdateAnnotationDto,
  UpdateReplyDto,
} from './dto/annotation-requests.dto';
import {
  AnnotationPageResponseDto,
  AnnotationReplyResponseDto,
  AnnotationResponseDto,
  AnnotationSummaryResponseDto,
} from './dto/annotation-responses.dto';
import { RepliesService } from './replies.service';

const STALE = { status: 409, description: 'It changed meanwhile: `version` is not the current one (VERSION_CONFLICT)' } as const;

@ApiTags('annotations')
@ApiCookieAuth()
@ApiProblemResponses(400, 401, 404, 500)
@Controller('journeys/:id/annotations')
export class AnnotationsController {
  constructor(
    private readonly annotations: AnnotationsService,
    private readonly replies: RepliesService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Annotations of the journey, newest first, with reply counts; filters by target, kind, status, severity' })
  @ApiOkResponse({ type: AnnotationPageResponseDto })
  list(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Query() query: AnnotationQueryDto): Promise<AnnotationPage> {
    return this.annotations.list(actor, id, query);
  }

  @Get('summary')
  @ApiOperation({ summary: 'Open and in-progress annotations per touchpoint, stage and link (by kind and severity), and review-by dates' })
  @ApiOkResponse({ type: AnnotationSummaryResponseDto })
  summary(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string): Promise<AnnotationSummaryResponse> {
    return this.annotations.summary(actor, id);
  }

  @Post()
  @ApiOperation({ summary: 'Annotate a touchpoint, stage or link: pain point (with severity), opportunity, idea or comment' })
  @ApiCreatedResponse({ type: AnnotationResponseDto })
  @ApiProblemResponses(
    403,
    { status: 404, description: 'Journey, touchpoint, stage or link not found' },
    413,
    415,
    { status: 422, description: 'The journey has its cap of annotations (TOO_MANY_ANNOTATIONS)' },
  )
  create(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() body: CreateAnnotationDto): Promise<AnnotationDto> {
    return this.annotations.create(actor, id, body);
  }

  @Patch(':annotationId')
  @ApiOperation({
    summary: 'Edit an annotation: what it says (author only), its status and owner team (anyone who may comment)',
    description: 'title, body, kind, severity and evidence are the author’s; status and ownerTeam anyone’s with journey:comment.',
  })
  @ApiOkResponse({ type: AnnotationResponseDto })
  @ApiProblemResponses(403, STALE, 413, 415)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('annotationId', UuidParamPipe) annotationId: string,
    @Body() body: UpdateAnnotationDto,
  ): Promise<AnnotationDto> {
    return this.annotations.update(actor, id, annotationId, body);
  }

  @Delete(':annotationId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an annotation and its replies (its author or a workspace owner)' })
  @ApiNoContentResponse()
  @ApiProblemResponses(403)
  remove(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('annotationId', UuidParamPipe) annotationId: string,
  ): Promise<void> {
    return this.annotations.remove(actor, id, annotationId);
  }

  @Get(':annotationId/replies')
  @ApiOperation({ summary: 'Replies to an annotation, oldest first (one level: replies are not nested)' })
  @ApiOkResponse({ type: [AnnotationReplyResponseDto] })
  listReplies(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('annotationId', UuidParamPipe) annotationId: string,
  ): Promise<AnnotationReplyDto[]> {
    return this.replies.list(actor, id, annotationId);
  }

  @Post(':annotationId/replies')
  @ApiOperation({ summary: 'Reply to an annotation' })
  @ApiCreatedResponse({ type: AnnotationReplyResponseDto })
  @ApiProblemResponses(403, 413, 415, { status: 422, description: 'The annotation has 500 replies (TOO_MANY_REPLIES)' })
  createReply(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('annotationId', UuidParamPipe) annotationId: string,
    @Body() body: CreateReplyDto,
  ): Promise<AnnotationReplyDto> {
    return this.replies.create(actor, id, annotationId, body);
  }

  @Patch(':annotationId/replies/:replyId')
  @ApiOperation({ summary: 'Edit your reply' })
  @ApiOkResponse({ type: AnnotationReplyResponseDto })
  @ApiProblemResponses(403, STALE, 413, 415)
  updateReply(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('annotationId', UuidParamPipe) annotationId: string,
    @Param('replyId', UuidParamPipe) replyId: string,
    @Body() body: UpdateReplyDto,
  ): Promise<AnnotationReplyDto> {
    return this.replies.update(actor, id, annotationId, replyId, body);
  }

  @Delete(':annotationId/replies/:replyId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a reply (its author or a workspace owner)' })
  @ApiNoContentResponse()
  @ApiProblemResponses(403)
  removeReply(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('annotationId', UuidParamPipe) annotationId: string,
    @Param('replyId', UuidParamPipe) replyId: string,
  ): Promise<void> {
    return this.replies.remove(actor, id, annotationId, replyId);
  }
}
