import {
  ANNOTATION_KINDS,
  ANNOTATION_LIMITS,
  ANNOTATION_SEVERITIES,
  ANNOTATION_STATUSES,
  EVIDENCE_KINDS,
} from '@cxmap/domain';
import type {
  AnnotationKind,
  AnnotationQuery,
  AnnotationSeverity,
  AnnotationStatus,
  CreateAnnotationRequest,
  CreateReplyRequest,
  EvidenceItem,
  EvidenceKind,
  SetReviewByRequest,
  UpdateAnnotationRequest,
  UpdateReplyRequest,
} from '@cxmap/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { IsOptionalNotNull, IsOptionalNullable, IsRequiredNullable } from '../../../core/validation/optional';
import { Trim } from '../../../core/validation/trim';
import { VERSION_MAX } from '../../canvas/dto/change-op-schemas';
import { IsHttpUrl } from './http-url';

const L = ANNOTATION_LIMITS;
/** `YYYY-MM-DD`; whether it is a real date is checked in the service. */
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export class EvidenceItemDto implements EvidenceItem {
  @ApiProperty({ enum: EVIDENCE_KINDS })
  @IsIn(EVIDENCE_KINDS)
  kind!: EvidenceKind;

  @ApiProperty({ maxLength: L.evidenceTextMax, description: 'The quote, or a label; may be empty when a url is given' })
  @Trim()
  @IsString()
  @MaxLength(L.evidenceTextMax)
  text!: string;

  @ApiProperty({ type: String, nullable: true, maxLength: L.urlMax, description: 'http or https only' })
  @IsRequiredNullable()
  @IsString()
  @MaxLength(L.urlMax)
  @IsHttpUrl()
  url!: string | null;
}

export class CreateAnnotationDto implements CreateAnnotationRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'Exactly one of touchpointId, stageId, linkId' })
  @IsOptionalNotNull()
  @IsUUID()
  touchpointId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  stageId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptionalNotNull()
  @IsUUID()
  linkId?: string;

  @ApiProperty({ enum: ANNOTATION_KINDS })
  @IsIn(ANNOTATION_KINDS)
  kind!: AnnotationKind;

  @ApiPropertyOptional({ enum: ANNOTATION_SEVERITIES, nullable: true, description: 'Required for pain points, refused for the other kinds' })
  @IsOptionalNullable()
  @IsIn(ANNOTATION_SEVERITIES)
  severity?: AnnotationSeverity | null;

  @ApiProperty({ minLength: 1, maxLength: L.titleMax })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(L.titleMax)
  title!: string;

  @ApiPropertyOptional({ maxLength: L.bodyMax })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(L.bodyMax)
  body?: string;

  @ApiPropertyOptional({ enum: ANNOTATION_STATUSES, default: 'open' })
  @IsOptionalNotNull()
  @IsIn(ANNOTATION_STATUSES)
  status?: AnnotationStatus;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: L.ownerTeamMax, description: 'The team that owns fixing it' })
  @IsOptionalNullable()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(L.ownerTeamMax)
  ownerTeam?: string | null;

  @ApiPropertyOptional({ type: [EvidenceItemDto], maxItems: L.evidenceMax })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(L.evidenceMax)
  @ValidateNested({ each: true })
  @Type(() => EvidenceItemDto)
  evidence?: EvidenceItemDto[];
}

export class UpdateAnnotationDto implements UpdateAnnotationRequest {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: VERSION_MAX, description: 'The version you read' })
  @IsInt()
  @Min(1)
  @Max(VERSION_MAX)
  version!: number;

  @ApiPropertyOptional({ minLength: 1, maxLength: L.titleMax, description: 'Author only' })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(L.titleMax)
  title?: string;

  @ApiPropertyOptional({ maxLength: L.bodyMax, description: 'Author only' })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(L.bodyMax)
  body?: string;

  @ApiPropertyOptional({ enum: ANNOTATION_KINDS, description: 'Author only; leaving pain point clears the severity' })
  @IsOptionalNotNull()
  @IsIn(ANNOTATION_KINDS)
  kind?: AnnotationKind;

  @ApiPropertyOptional({ enum: ANNOTATION_SEVERITIES, nullable: true, description: 'Author only; pain points only' })
  @IsOptionalNullable()
  @IsIn(ANNOTATION_SEVERITIES)
  severity?: AnnotationSeverity | null;

  @ApiPropertyOptional({ type: [EvidenceItemDto], maxItems: L.evidenceMax, description: 'Author only; replaces the list' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(L.evidenceMax)
  @ValidateNested({ each: true })
  @Type(() => EvidenceItemDto)
  evidence?: EvidenceItemDto[];

  @ApiPropertyOptional({ enum: ANNOTATION_STATUSES, description: 'Anyone who may comment' })
  @IsOptionalNotNull()
  @IsIn(ANNOTATION_STATUSES)
  status?: AnnotationStatus;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: L.ownerTeamMax, description: 'Anyone who may comment' })
  @IsOptionalNullable()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(L.ownerTeamMax)
  ownerTeam?: string | null;
}

export class AnnotationQueryDto implements AnnotationQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only annotations of this touchpoint, stage or link' })
  @IsOptional()
  @IsUUID()
  target?: string;

  @ApiPropertyOptional({ enum: ANNOTATION_KINDS })
  @IsOptional()
  @IsIn(ANNOTATION_KINDS)
  kind?: AnnotationKind;

  @ApiPropertyOptional({ enum: ANNOTATION_STATUSES })
  @IsOptional()
  @IsIn(ANNOTATION_STATUSES)
  status?: AnnotationStatus;

  @ApiPropertyOptional({ enum: ANNOTATION_SEVERITIES })
  @IsOptional()
  @IsIn(ANNOTATION_SEVERITIES)
  severity?: AnnotationSeverity;

  @ApiPropertyOptional({ description: 'The `nextCursor` of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: L.pageMax, default: L.pageDefault })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(L.pageMax)
  limit?: number;
}

export class CreateReplyDto implements CreateReplyRequest {
  @ApiProperty({ minLength: 1, maxLength: L.replyMax, description: 'Trimmed; must not be blank' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(L.replyMax)
  body!: string;
}

export class UpdateReplyDto implements UpdateReplyRequest {
  @ApiProperty({ type: 'integer', minimum: 1, maximum: VERSION_MAX, description: 'The version you read' })
  @IsInt()
  @Min(1)
  @Max(VERSION_MAX)
  version!: number;

  @ApiProperty({ minLength: 1, maxLength: L.replyMax, description: 'Trimmed; must not be blank' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(L.replyMax)
  body!: string;
}

export class SetReviewByDto implements SetReviewByRequest {
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'YYYY-MM-DD, or null to clear' })
  @IsRequiredNullable()
  @IsString()
  @Matches(DATE_PATTERN, { message: 'reviewBy must be a date, YYYY-MM-DD' })
  reviewBy!: string | null;
}
