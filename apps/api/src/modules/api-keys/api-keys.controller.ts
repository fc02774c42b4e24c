import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { LIMITS, type ApiKeyDto, type CreatedApiKeyResponse } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UuidParamPipe } from '../../core/validation/uuid-param.pipe';
import { ApiKeysService } from './api-keys.service';
import { CreateApiKeyDto } from './dto/api-key-requests.dto';
import { ApiKeyResponseDto, CreatedApiKeyResponseDto } from './dto/api-key-responses.dto';

/** Owners manage keys with their session; a key never manages keys (403 API_KEY_NOT_ALLOWED). */
@ApiTags('api-keys')
@ApiCookieAuth()
@ApiProblemResponses(400, 401, 403, 404, 500)
@Controller('workspaces/:workspaceId/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Post()
  @ApiOperation({
    summary: 'Create an API key (owners): the answer holds its secret, shown this once',
    description: `A workspace has at most ${LIMITS.activeApiKeysPerWorkspaceMax} active (unrevoked) keys; one more is a 422.`,
  })
  @ApiCreatedResponse({ type: CreatedApiKeyResponseDto })
  @ApiProblemResponses(413, 415, {
    status: 422,
    description: `The workspace already has ${LIMITS.activeApiKeysPerWorkspaceMax} active keys (TOO_MANY_API_KEYS)`,
  })
  create(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Body() body: CreateApiKeyDto,
  ): Promise<CreatedApiKeyResponse> {
    return this.keys.create(actor, workspaceId, body);
  }

  @Get()
  @ApiOperation({
    summary: 'Active API keys of a workspace (owners); secrets are never shown again',
    description: `Not paginated: a workspace holds at most ${LIMITS.activeApiKeysPerWorkspaceMax} active keys, so this list is at most that long.`,
  })
  @ApiOkResponse({ type: [ApiKeyResponseDto] })
  list(@CurrentActor() actor: Actor, @Param('workspaceId', UuidParamPipe) workspaceId: string): Promise<ApiKeyDto[]> {
    return this.keys.listActive(actor, workspaceId);
  }

  @Delete(':keyId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key (owners): it stops working at once' })
  @ApiNoContentResponse()
  revoke(
    @CurrentActor() actor: Actor,
    @Param('workspaceId', UuidParamPipe) workspaceId: string,
    @Param('keyId', UuidParamPipe) keyId: string,
  ): Promise<void> {
    return this.keys.revoke(actor, workspaceId, keyId);
  }
}
