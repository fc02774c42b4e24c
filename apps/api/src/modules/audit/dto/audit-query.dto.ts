import { AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX, type AuditQuery } from '@cxmap/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';

export class AuditQueryDto implements AuditQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only events of this journey (deleted journeys included)' })
  @IsOptional()
  @IsUUID()
  journeyId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only events of this user (former members included)' })
  @IsOptional()
  @IsUUID()
  actorUserId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only events of this API key (revoked keys included); not together with actorUserId' })
  @IsOptional()
  @IsUUID()
  actorApiKeyId?: string;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @Matches(/^[1-9][0-9]{0,17}$/, { message: 'cursor must be a nextCursor from a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: AUDIT_PAGE_MAX, default: AUDIT_PAGE_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(AUDIT_PAGE_MAX)
  limit?: number;
}
