import { ANNOTATION_KINDS, ANNOTATION_SEVERITIES, ANNOTATION_STATUSES, ANNOTATION_TARGET_KINDS, EVIDENCE_KINDS } from '@cxmap/domain';
import type {
  AnnotationAuthorDto,
  AnnotationDto,
  AnnotationKind,
  AnnotationPage,
  AnnotationReplyDto,
  AnnotationSeverity,
  AnnotationStatus,
  AnnotationSummaryResponse,
  AnnotationTargetDto,
  AnnotationTargetKind,
  AnnotationTargetSummary,
  EvidenceItem,
  EvidenceKind,
  NeedsReviewResponse,
  OverdueTouchpoint,
  ReviewByResponse,
  ReviewRef,
  UnownedPainPoint,
} from '@cxmap/domain';
import { ApiProperty } from '@nestjs/swagger';

const countsOf = (keys: readonly string[]) => ({
  type: 'object' as const,
  properties: Object.fromEntries(keys.map((key) => [key, { type: 'integer' as const, minimum: 0 }])),
  required: [...keys],
});

export class AnnotationTargetResponseDto implements AnnotationTargetDto {
  @ApiProperty({ enum: ANNOTATION_TARGET_KINDS }) kind!: AnnotationTargetKind;
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class EvidenceItemResponseDto implements EvidenceItem {
  @ApiProperty({ enum: EVIDENCE_KINDS }) kind!: EvidenceKind;
  @ApiProperty() text!: string;
  @ApiProperty({ type: String, nullable: true }) url!: string | null;
}

export class AnnotationAuthorResponseDto implements AnnotationAuthorDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null once the account is deleted' }) id!: string | null;
  @ApiProperty() name!: string;
}

export class AnnotationResponseDto implements AnnotationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) journeyId!: string;
  @ApiProperty({ type: AnnotationTargetResponseDto }) target!: AnnotationTargetResponseDto;
  @ApiProperty({ enum: ANNOTATION_KINDS }) kind!: AnnotationKind;
  @ApiProperty({ enum: ANNOTATION_SEVERITIES, nullable: true }) severity!: AnnotationSeverity | null;
  @ApiProperty() title!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ enum: ANNOTATION_STATUSES }) status!: AnnotationStatus;
  @ApiProperty({ type: String, nullable: true }) ownerTeam!: string | null;
  @ApiProperty({ type: [EvidenceItemResponseDto] }) evidence!: EvidenceItemResponseDto[];
  @ApiProperty({ type: AnnotationAuthorResponseDto }) author!: AnnotationAuthorResponseDto;
  @ApiProperty({ type: 'integer' }) replyCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt!: string | null;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export class AnnotationPageResponseDto implements AnnotationPage {
  @ApiProperty({ type: [AnnotationResponseDto] }) items!: AnnotationResponseDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last' }) nextCursor!: string | null;
}

export class AnnotationReplyResponseDto implements AnnotationReplyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) annotationId!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ type: AnnotationAuthorResponseDto }) author!: AnnotationAuthorResponseDto;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: 'integer' }) version!: number;
}

export class AnnotationTargetSummaryDto implements AnnotationTargetSummary {
  @ApiProperty({ type: AnnotationTargetResponseDto }) target!: AnnotationTargetResponseDto;
  @ApiProperty({ type: 'integer', description: 'Open or in-progress annotations of every kind' }) open!: number;
  @ApiProperty(countsOf(ANNOTATION_KINDS)) byKind!: Record<AnnotationKind, number>;
  @ApiProperty({ ...countsOf(ANNOTATION_SEVERITIES), description: 'Open or in-progress pain points by severity' })
  bySeverity!: Record<AnnotationSeverity, number>;
}

export class AnnotationSummaryResponseDto implements AnnotationSummaryResponse {
  @ApiProperty({ type: [AnnotationTargetSummaryDto], description: 'Targets with at least one unresolved annotation' })
  targets!: AnnotationTargetSummaryDto[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', format: 'date' }, description: 'Touchpoint id → review-by date' })
  reviewBy!: Record<string, string>;
}

export class ReviewRefDto implements ReviewRef {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class OverdueTouchpointRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) ownerTeam!: string | null;
}

export class OverdueTouchpointDto implements OverdueTouchpoint {
  @ApiProperty({ type: ReviewRefDto }) journey!: ReviewRefDto;
  @ApiProperty({ type: ReviewRefDto }) stage!: ReviewRefDto;
  @ApiProperty({ type: OverdueTouchpointRefDto }) touchpoint!: OverdueTouchpointRefDto;
  @ApiProperty({ format: 'date' }) reviewBy!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) daysOverdue!: number;
}

export class UnownedTargetDto extends AnnotationTargetResponseDto {
  @ApiProperty({ description: 'Touchpoint title, stage name, or link label (else “source → target”)' }) name!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The touchpoint’s owner team (a link’s: its source’s); null for stages' })
  ownerTeam!: string | null;
}

export class UnownedAnnotationRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: ANNOTATION_STATUSES }) status!: AnnotationStatus;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: 'integer', description: 'Send it back to change the annotation (e.g. to assign an owner team)' }) version!: number;
}

export class UnownedPainPointDto implements UnownedPainPoint {
  @ApiProperty({ type: ReviewRefDto }) journey!: ReviewRefDto;
  @ApiProperty({ type: ReviewRefDto }) stage!: ReviewRefDto;
  @ApiProperty({ type: UnownedTargetDto }) target!: UnownedTargetDto;
  @ApiProperty({ type: UnownedAnnotationRefDto }) annotation!: UnownedAnnotationRefDto;
}

export class OverdueTouchpointListDto {
  @ApiProperty({ type: [OverdueTouchpointDto], description: 'At most 200, oldest review-by date first' }) items!: OverdueTouchpointDto[];
  @ApiProperty({ type: 'integer' }) total!: number;
}

export class UnownedPainPointListDto {
  @ApiProperty({ type: [UnownedPainPointDto], description: 'At most 200, oldest first' }) items!: UnownedPainPointDto[];
  @ApiProperty({ type: 'integer' }) total!: number;
}

export class NeedsReviewResponseDto implements NeedsReviewResponse {
  @ApiProperty({ type: OverdueTouchpointListDto }) overdueTouchpoints!: OverdueTouchpointListDto;
  @ApiProperty({ type: UnownedPainPointListDto }) unownedCriticalPainPoints!: UnownedPainPointListDto;
}

export class ReviewByResponseDto implements ReviewByResponse {
  @ApiProperty({ format: 'uuid' }) touchpointId!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) reviewBy!: string | null;
}
