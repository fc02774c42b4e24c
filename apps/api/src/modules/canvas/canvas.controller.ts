import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBody,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { ChangeResponse } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { ProblemDto } from '../../core/http/problem.dto';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ChangeBatchDto } from './dto/change-batch.dto';
import { ChangeResponseDto } from './dto/change-response.dto';
import { JourneyChangesService } from './journey-changes.service';

@ApiTags('canvas')
@ApiCookieAuth()
@Controller('journeys/:id/changes')
export class CanvasController {
  constructor(private readonly changes: JourneyChangesService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Apply a batch of stage / touchpoint / link operations, all or nothing' })
  @ApiBody({ type: ChangeBatchDto })
  @ApiOkResponse({ type: ChangeResponseDto })
  @ApiConflictResponse({ type: ProblemDto, description: 'Stale versions: `conflicts` holds the current state' })
  @ApiNotFoundResponse({ type: ProblemDto, description: 'Journey, or a referenced stage / touchpoint, not found' })
  @ApiUnprocessableEntityResponse({ type: ProblemDto, description: 'Duplicate id, self link, duplicate link' })
  @ApiPayloadTooLargeResponse({ type: ProblemDto, description: 'Too many operations' })
  apply(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() body: unknown): Promise<ChangeResponse> {
    return this.changes.apply(actor, id, body);
  }
}
