import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiCookieAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { AuthOptionsResponse, MeResponse } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { Public } from '../../core/auth/public.decorator';
import { SESSION_COOKIE } from '../../core/auth/session-token';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { AuthService, type SignedIn } from './auth.service';
import { LoginDto, SignupDto } from './dto/auth-requests.dto';
import { AuthOptionsResponseDto, MeResponseDto } from './dto/auth-responses.dto';
import { sessionCookieOptions, setSessionCookie } from './session-cookie';

@ApiTags('auth')
@ApiProblemResponses(500)
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('signup')
  @ApiOperation({ summary: 'Create an account and its workspace; starts a session' })
  @ApiCreatedResponse({ type: MeResponseDto })
  @ApiProblemResponses(400, { status: 409, description: 'An account with this email exists (EMAIL_TAKEN)' }, 413, 415)
  async signup(@Body() body: SignupDto, @Res({ passthrough: true }) response: Response): Promise<MeResponse> {
    return this.signedIn(await this.auth.signup(body), response);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Start a session; a wrong password and an unknown email answer alike',
    description:
      'Failed attempts are counted per email and per client address (defaults: 5 per 15 minutes, 100 per hour); past either limit every attempt, even with the right password, is a 429 until the window ends.',
  })
  @ApiOkResponse({ type: MeResponseDto })
  @ApiProblemResponses(
    400,
    { status: 401, description: 'Wrong email or password (INVALID_CREDENTIALS)' },
    413,
    415,
    { status: 429, description: 'Too many failed attempts for this email or from this address (TOO_MANY_ATTEMPTS); `Retry-After` in seconds' },
  )
  async login(@Body() body: LoginDto, @Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<MeResponse> {
    // With TRUST_PROXY set, express reads the client's address from X-Forwarded-For.
    return this.signedIn(await this.auth.login(body, request.ip ?? request.socket.remoteAddress ?? 'unknown'), response);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiNoContentResponse()
  @ApiProblemResponses(401)
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(actor);
    response.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config));
  }

  @Get('me')
  @ApiCookieAuth()
  @ApiOkResponse({ type: MeResponseDto })
  @ApiProblemResponses(401)
  me(@CurrentActor() actor: Actor): Promise<MeResponse> {
    return this.auth.me(actor);
  }

  @Public()
  @Get('options')
  @ApiOperation({ summary: 'Sign-in options: the demo login on a local trial' })
  @ApiOkResponse({ type: AuthOptionsResponseDto })
  options(): AuthOptionsResponse {
    return this.auth.options();
  }

  private signedIn(signedIn: SignedIn, response: Response): MeResponse {
    setSessionCookie(response, this.config, signedIn.token, signedIn.expiresAt);
    return signedIn.me;
  }
}
