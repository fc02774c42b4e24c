import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Header, Headers, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../core/auth/public.decorator';
import { APP_CONFIG, type AppConfig } from '../../core/config/app-config';
import { AppError } from '../../core/errors/app-error';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { AppMetrics } from '../../core/http/metrics';

/**
 * Prometheus scrape endpoint. Open when METRICS_TOKEN is unset (the compose nginx refuses
 * `/api/metrics` from outside; Prometheus scrapes the instances directly); with METRICS_TOKEN set it
 * needs `Authorization: Bearer <token>`. Metrics hold route templates and counts, never tenant data.
 */
@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: AppMetrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: 'Prometheus metrics (text exposition format)' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text format 0.0.4', schema: { type: 'string' } })
  @ApiProblemResponses({ status: 401, description: 'METRICS_TOKEN is set and the bearer token is missing or wrong' }, 500)
  async scrape(@Headers('authorization') authorization: string | undefined, @Res({ passthrough: true }) response: Response): Promise<string> {
    const token = this.config.metricsToken;
    if (token !== null && !bearerMatches(authorization, token)) throw new AppError('UNAUTHENTICATED');
    response.type(this.metrics.contentType);
    return this.metrics.render();
  }
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer (\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
