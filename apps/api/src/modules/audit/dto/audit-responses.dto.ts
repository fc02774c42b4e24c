import { AUDIT_ACTIONS, AUDIT_ACTOR_KINDS } from '@cxmap/domain';
import type { AuditAction, AuditActorDto, AuditActorKind, AuditEventDto, AuditFiltersResponse, AuditPage } from '@cxmap/domain';
import { ApiProperty } from '@nestjs/swagger';

export class AuditActorResponseDto implements AuditActorDto {
  @ApiProperty({ enum: AUDIT_ACTOR_KINDS }) kind!: AuditActorKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'User or API key id; null for the system' }) id!: string | null;
  @ApiProperty({ description: 'Name at the time of the event' }) label!: string;
}

export class AuditJourneyRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'Name at the time of the event' }) name!: string;
}

export class AuditEventResponseDto implements AuditEventDto {
  @ApiProperty({ description: 'Increasing with insertion order' }) id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: AuditActorResponseDto }) actor!: AuditActorResponseDto;
  @ApiProperty({ enum: AUDIT_ACTIONS }) action!: AuditAction;
  @ApiProperty({ type: AuditJourneyRefDto, nullable: true }) journey!: AuditJourneyRefDto | null;
  @ApiProperty() summary!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: '`{ ops }` for journey.changed, `{ before, after }` for renames and role changes, the subject otherwise',
  })
  change!: Record<string, unknown> | null;
}

export class AuditPageResponseDto implements AuditPage {
  @ApiProperty({ type: [AuditEventResponseDto] }) items!: AuditEventResponseDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last' }) nextCursor!: string | null;
}

export class AuditPersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Still a member of the workspace' }) member!: boolean;
}

export class AuditApiKeyOptionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The key’s name' }) name!: string;
  @ApiProperty({ description: 'False once the key is revoked (or deleted with its workspace)' }) active!: boolean;
}

export class AuditJourneyOptionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'False once the journey is deleted' }) exists!: boolean;
}

export class AuditFiltersResponseDto implements AuditFiltersResponse {
  @ApiProperty({ type: [AuditPersonDto] }) people!: AuditPersonDto[];
  @ApiProperty({ type: [AuditApiKeyOptionDto], description: 'API keys that made changes (integrations ingesting measurements)' })
  apiKeys!: AuditApiKeyOptionDto[];
  @ApiProperty({ type: [AuditJourneyOptionDto] }) journeys!: AuditJourneyOptionDto[];
}
