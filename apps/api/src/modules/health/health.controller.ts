import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { Public } from '../../core/auth/public.decorator';
import { AppError } from '../../core/errors/app-error';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { ShutdownState } from '../../core/http/shutdown-state';
import { DATABASE_INFO, type DatabaseInfo } from '../../database/database-info';

/** Readiness gives the database this long to answer `SELECT 1`. */
export const READINESS_TIMEOUT_MS = 2000;

export class HealthResponseDto implements HealthResponse {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ enum: ['embedded', 'postgres'] }) database!: 'embedded' | 'postgres';
}

export class LivenessResponseDto {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
    private readonly shutdown: ShutdownState,
  ) {}

  /** Answers once the database answers (used by the web app and the e2e runner). */
  @Public()
  @Get()
  @ApiOkResponse({ type: HealthResponseDto })
  @ApiProblemResponses({ status: 500, description: 'Unexpected failure' }, { status: 503, description: 'The database does not answer' })
  async health(): Promise<HealthResponse> {
    await this.dataSource.query('SELECT 1');
    return { status: 'ok', database: this.database.mode };
  }

  /** Liveness: the process runs and its event loop answers; never touches the database. */
  @Public()
  @Get('live')
  @ApiOperation({ summary: 'Liveness: restart the process only when this fails' })
  @ApiOkResponse({ type: LivenessResponseDto })
  @ApiProblemResponses({ status: 500, description: 'Unexpected failure' })
  live(): LivenessResponseDto {
    return { status: 'ok' };
  }

  /** Readiness: send traffic here only while the database answers and the process is not stopping. */
  @Public()
  @Get('ready')
  @ApiOperation({ summary: 'Readiness: route traffic to this instance only while this answers 200' })
  @ApiOkResponse({ type: HealthResponseDto })
  @ApiProblemResponses(
    { status: 500, description: 'Unexpected failure' },
    { status: 503, description: 'Shutting down, or the database did not answer `SELECT 1` in time' },
  )
  async ready(): Promise<HealthResponse> {
    if (this.shutdown.shuttingDown) throw new AppError('SHUTTING_DOWN');
    if (!(await this.databaseAnswers())) throw new AppError('DATABASE_UNAVAILABLE', { detail: 'The database does not answer' });
    return { status: 'ok', database: this.database.mode };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), READINESS_TIMEOUT_MS);
    });
    const query = this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
