import type { ConflictItem, FieldError, Problem } from '@cxmap/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'ops.3.data.emotion' })
  path!: string;

  @ApiProperty()
  message!: string;
}

export class ConflictItemDto implements ConflictItem {
  @ApiProperty({ description: 'Index of the operation in the batch' })
  index!: number;

  @ApiProperty({ enum: ['stage', 'touchpoint', 'link'] })
  entity!: ConflictItem['entity'];

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true, description: 'Stored state, or null' })
  current!: ConflictItem['current'];
}

/** RFC 9457 problem details (`application/problem+json`): the body of every error. */
export class ProblemDto implements Problem {
  @ApiProperty({ example: 'urn:cxmap:problem:validation-failed' })
  type!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty()
  status!: number;

  @ApiPropertyOptional()
  detail?: string;

  @ApiPropertyOptional({ example: 'VALIDATION_FAILED' })
  code?: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({ type: [ConflictItemDto] })
  conflicts?: ConflictItemDto[];
}
