import type { Response } from 'express';
import { SESSION_COOKIE } from '../../core/auth/session-token';
import type { AppConfig } from '../../core/config/app-config';

export interface SessionCookieOptions {
  httpOnly: true;
  sameSite: 'lax';
  secure: boolean;
  path: string;
}

export function sessionCookieOptions(config: AppConfig): SessionCookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure: config.cookieSecure, path: '/' };
}

/** Hands the new session's token to the browser; only its hash is stored. */
export function setSessionCookie(response: Response, config: AppConfig, token: string, expiresAt: Date): void {
  response.cookie(SESSION_COOKIE, token, { ...sessionCookieOptions(config), expires: expiresAt });
}
