import type { ConflictItem, FieldError, Problem } from '@cxmap/domain';
import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

export class FieldErrorDto implements FieldError {
  @ApiProperty({ example: 'ops.3.data.emotion' })
  path!: string;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'For an imported file (path `content`): the 1-based line, or null' })
  line?: number | null;

  @ApiPropertyOptional({ description: 'For a CXMap journey document (path `content`): the JSON path of the value, e.g. `stages[2].name`' })
  jsonPath?: string;

  @ApiProperty()
  message!: string;
}

export class ConflictItemDto implements ConflictItem {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Index of the operation in the batch' })
  index!: number;

  @ApiProperty({ enum: ['stage', 'touchpoint', 'link'] })
  entity!: ConflictItem['entity'];

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({
    nullable: true,
    // By name: the entity schemas belong to the journeys module, which core does not import.
    oneOf: ['StageResponseDto', 'TouchpointResponseDto', 'LinkResponseDto'].map((name) => ({ $ref: getSchemaPath(name) })),
    description: 'The entity as stored now, or null when it no longer exists',
  })
  current!: ConflictItem['current'];
}

/** RFC 9457 problem details (`application/problem+json`): the body of every error. */
export class ProblemDto implements Problem {
  @ApiProperty({ example: 'urn:cxmap:problem:validation-failed' })
  type!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: 'integer', example: 400 })
  status!: number;

  @ApiPropertyOptional()
  detail?: string;

  @ApiPropertyOptional({ example: 'VALIDATION_FAILED', description: 'Stable machine-readable code' })
  code?: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'One entry per invalid field' })
  errors?: FieldErrorDto[];

  @ApiPropertyOptional({ type: [ConflictItemDto], description: 'On 409 VERSION_CONFLICT: the current state of each stale entity' })
  conflicts?: ConflictItemDto[];
}
