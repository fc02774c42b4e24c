import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { NeedsReviewResponse, ReviewByResponse } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { SetReviewByDto } from './dto/annotation-requests.dto';
import { NeedsReviewResponseDto, ReviewByResponseDto } from './dto/annotation-responses.dto';
import { ReviewService } from './review.service';

@ApiTags('annotations')
@ApiCookieAuth()
@ApiProblemResponses(400, 401, 404, 500)
@Controller()
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  @Get('workspaces/:workspaceId/needs-review')
  @ApiOperation({
    summary: 'Needs review: touchpoints past their review-by date, and open critical pain points without an owner team',
    description: 'Across the workspace’s journeys (archived ones left out), with journey and stage names; at most 200 of each, with totals.',
  })
  @ApiOkResponse({ type: NeedsReviewResponseDto })
  needsReview(@CurrentActor() actor: Actor, @Param('workspaceId', UuidParamPipe) workspaceId: string): Promise<NeedsReviewResponse> {
    return this.review.needsReview(actor, workspaceId);
  }

  @Put('journeys/:id/touchpoints/:touchpointId/review-by')
  @ApiOperation({
    summary: 'Set or clear a touchpoint’s review-by date',
    description: 'Not part of the canvas: changes neither the touchpoint’s version nor the journey’s revision.',
  })
  @ApiOkResponse({ type: ReviewByResponseDto })
  @ApiProblemResponses(403, { status: 404, description: 'Journey or touchpoint not found' }, 413, 415)
  setReviewBy(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParamPipe) id: string,
    @Param('touchpointId', UuidParamPipe) touchpointId: string,
    @Body() body: SetReviewByDto,
  ): Promise<ReviewByResponse> {
    return this.review.setReviewBy(actor, id, touchpointId, body);
  }
}
