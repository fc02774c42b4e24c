import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { HealthResponse, ReadinessResponse } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { Public } from '../../core/auth/public.decorator';
import { AppError } from '../../core/errors/app-error';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { ShutdownState } from '../../core/http/shutdown-state';
import { DATABASE_INFO, type DatabaseInfo } from '../../database/database-info';
import { ReadReplica } from '../../database/read-replica';

/** Readiness gives the database (and the read replica, at the same time) this long to answer `SELECT 1`. */
export const READINESS_TIMEOUT_MS = 2000;

export class HealthResponseDto implements HealthResponse {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ enum: ['embedded', 'postgres'] }) database!: 'embedded' | 'postgres';
}

export class ReadinessChecksDto {
  @ApiProperty({ enum: ['up'] }) database!: 'up';
  @ApiProperty({ enum: ['up', 'down', 'not configured'], description: 'The read replica (DATABASE_READ_URL)' })
  replica!: 'up' | 'down' | 'not configured';
}

export class ReadinessResponseDto implements ReadinessResponse {
  @ApiProperty({ enum: ['ok', 'degraded'], description: '`degraded`: the read replica is down; its reads run on the primary' })
  status!: 'ok' | 'degraded';
  @ApiProperty({ enum: ['embedded', 'postgres'] }) database!: 'embedded' | 'postgres';
  @ApiProperty({ type: ReadinessChecksDto }) checks!: ReadinessChecksDto;
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
    private readonly readReplica: ReadReplica,
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

  /**
   * Readiness: send traffic here only while the database answers and the process is not stopping.
   * A read replica that does not answer leaves the instance ready (`degraded`): its reads fall back
   * to the primary, so taking every instance out of rotation for it would turn a slower day into an outage.
   */
  @Public()
  @Get('ready')
  @ApiOperation({ summary: 'Readiness: route traffic to this instance only while this answers 200' })
  @ApiOkResponse({ type: ReadinessResponseDto })
  @ApiProblemResponses(
    { status: 500, description: 'Unexpected failure' },
    { status: 503, description: 'Shutting down, or the database did not answer `SELECT 1` in time' },
  )
  async ready(): Promise<ReadinessResponse> {
    if (this.shutdown.shuttingDown) throw new AppError('SHUTTING_DOWN');
    const [primary, replica] = await Promise.all([this.databaseAnswers(), this.readReplica.state(READINESS_TIMEOUT_MS)]);
    if (!primary) throw new AppError('DATABASE_UNAVAILABLE', { detail: 'The database does not answer' });
    return { status: replica === 'down' ? 'degraded' : 'ok', database: this.database.mode, checks: { database: 'up', replica } };
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
