import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { HealthResponse } from '@cxmap/domain';
import { DataSource } from 'typeorm';
import { Public } from '../../core/auth/public.decorator';
import { ApiProblemResponses } from '../../core/http/api-problem-responses';
import { DATABASE_INFO, type DatabaseInfo } from '../../database/database-info';

export class HealthResponseDto implements HealthResponse {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ enum: ['embedded', 'postgres'] }) database!: 'embedded' | 'postgres';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DATABASE_INFO) private readonly database: DatabaseInfo,
  ) {}

  /** Answers once the database answers (a failing query becomes a 500 problem). */
  @Public()
  @Get()
  @ApiOkResponse({ type: HealthResponseDto })
  @ApiProblemResponses({ status: 500, description: 'The database does not answer' })
  async health(): Promise<HealthResponse> {
    await this.dataSource.query('SELECT 1');
    return { status: 'ok', database: this.database.mode };
  }
}
