import { Body, Controller, Delete, HttpCode, Inject, Patch, Post, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { UserDto } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { SESSION_COOKIE } from '../../core/auth/session-token';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { UserResponseDto } from '../auth/dto/auth-responses.dto';
import { sessionCookieOptions } from '../auth/session-cookie';
import { AccountService } from './account.service';
import { ChangePasswordDto, DeleteAccountDto, UpdateAccountDto } from './dto/account-requests.dto';

@ApiTags('account')
@ApiCookieAuth()
@ApiProblemResponses(401, 500)
@Controller('account')
export class AccountController {
  constructor(
    private readonly account: AccountService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Patch()
  @ApiOperation({ summary: 'Change your name' })
  @ApiOkResponse({ type: UserResponseDto })
  @ApiProblemResponses(400, 413, 415)
  rename(@CurrentActor() actor: Actor, @Body() body: UpdateAccountDto): Promise<UserDto> {
    return this.account.rename(actor, body);
  }

  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change your password; ends every other session (this one stays)' })
  @ApiNoContentResponse()
  @ApiProblemResponses({ status: 400, description: 'Invalid input, or the current password is wrong (WRONG_PASSWORD, path `currentPassword`)' }, 413, 415)
  changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    return this.account.changePassword(actor, body);
  }

  @Post('logout-everywhere')
  @HttpCode(204)
  @ApiOperation({ summary: 'End every session of your account, this one included' })
  @ApiNoContentResponse()
  async logoutEverywhere(@CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.account.logoutEverywhere(actor);
    response.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config));
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete your account, its memberships and sessions; refused while you are the only owner of a workspace' })
  @ApiNoContentResponse()
  @ApiProblemResponses(
    { status: 400, description: 'Invalid input, or the password is wrong (WRONG_PASSWORD, path `password`)' },
    { status: 409, description: 'You are the only owner of a workspace; `detail` names them (SOLE_OWNER)' },
    413,
    415,
  )
  async remove(@CurrentActor() actor: Actor, @Body() body: DeleteAccountDto, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.account.deleteAccount(actor, body);
    response.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config));
  }
}
