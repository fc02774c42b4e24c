import { Body, Controller, Get, HttpCode, Inject, Post, Res } from '@nestjs/common';
import {
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { AuthOptionsResponse, MeResponse } from '@cxmap/domain';
import { CurrentActor, type Actor } from '../../core/auth/actor';
import { Public } from '../../core/auth/public.decorator';
import { SESSION_COOKIE } from '../../core/auth/session-token';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { ProblemDto } from '../../core/http/problem.dto';
import { AuthService, type SignedIn } from './auth.service';
import { LoginDto, SignupDto } from './dto/auth-requests.dto';
import { AuthOptionsResponseDto, MeResponseDto } from './dto/auth-responses.dto';

@ApiTags('auth')
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
  async signup(@Body() body: SignupDto, @Res({ passthrough: true }) response: Response): Promise<MeResponse> {
    return this.signedIn(await this.auth.signup(body), response);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: MeResponseDto })
  @ApiUnauthorizedResponse({ type: ProblemDto })
  async login(@Body() body: LoginDto, @Res({ passthrough: true }) response: Response): Promise<MeResponse> {
    return this.signedIn(await this.auth.login(body), response);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiCookieAuth()
  @ApiNoContentResponse()
  async logout(@CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(actor);
    response.clearCookie(SESSION_COOKIE, this.cookieOptions());
  }

  @Get('me')
  @ApiCookieAuth()
  @ApiOkResponse({ type: MeResponseDto })
  @ApiUnauthorizedResponse({ type: ProblemDto })
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
    response.cookie(SESSION_COOKIE, signedIn.token, { ...this.cookieOptions(), expires: signedIn.expiresAt });
    return signedIn.me;
  }

  private cookieOptions(): { httpOnly: true; sameSite: 'lax'; secure: boolean; path: string } {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.cookieSecure, path: '/' };
  }
}
