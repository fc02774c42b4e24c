import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiCookieAuth, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ChangeResponse } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ChangeBatchDto } from './dto/change-batch.dto';
import { CHANGE_OP_SCHEMAS } from './dto/change-op-schemas';
import { ChangeResponseDto } from './dto/change-response.dto';
import { JourneyChangesService } from './journey-changes.service';

@ApiTags('canvas')
@ApiCookieAuth()
@ApiExtraModels(...CHANGE_OP_SCHEMAS)
@Controller('journeys/:id/changes')
export class CanvasController {
  constructor(private readonly changes: JourneyChangesService) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Apply a batch of stage / touchpoint / link operations, all or nothing' })
  @ApiBody({ type: ChangeBatchDto })
  @ApiOkResponse({ type: ChangeResponseDto })
  @ApiProblemResponses(
    400,
    401,
    403,
    { status: 404, description: 'Journey, or a stage / touchpoint that an operation refers to, not found' },
    { status: 409, description: 'Stale versions or vanished entities: `conflicts` holds their current state' },
    { status: 413, description: 'Body too large, or more operations than the batch limit' },
    415,
    {
      status: 422,
      description: 'Duplicate or taken id, self link, duplicate link, change of an entity removed earlier in the batch, journey size limits',
    },
    500,
  )
  apply(@CurrentActor() actor: Actor, @Param('id', UuidParamPipe) id: string, @Body() body: unknown): Promise<ChangeResponse> {
    return this.changes.apply(actor, id, body);
  }
}
