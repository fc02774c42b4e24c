import { LIMITS } from '@cxmap/domain';
import type { PageRequest } from '@cxmap/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

/** Long enough for a key holding a full-length name. */
const CURSOR_MAX_LENGTH = 2000;

/** `?limit=&cursor=` of every list endpoint. */
export class PageQueryDto implements PageRequest {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: LIMITS.pageSizeMax,
    default: LIMITS.pageSizeDefault,
    description: `Items per page (default ${LIMITS.pageSizeDefault}, at most ${LIMITS.pageSizeMax}; more is a 400)`,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  limit?: number;

  @ApiPropertyOptional({ maxLength: CURSOR_MAX_LENGTH, description: 'The `nextCursor` of the previous page; leave out for the first page' })
  @IsOptional()
  @IsString()
  @MaxLength(CURSOR_MAX_LENGTH)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'cursor must be a cursor returned by this endpoint' })
  cursor?: string;
}
