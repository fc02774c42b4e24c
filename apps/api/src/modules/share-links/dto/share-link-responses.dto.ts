import type {
  CreatedShareLinkResponse,
  ShareInfoDto,
  SharedJourneyResponse,
  ShareLinkCreatorDto,
  ShareLinkDto,
} from '@cxmap/domain';
import { ApiProperty, OmitType } from '@nestjs/swagger';
import {
  JourneyResponseDto,
  LinkResponseDto,
  PersonaResponseDto,
  StageResponseDto,
  TouchpointResponseDto,
} from '../../journeys/dto/journey-responses.dto';

export class ShareLinkCreatorResponseDto implements ShareLinkCreatorDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class ShareLinkResponseDto implements ShareLinkDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
  @ApiProperty() allowExport!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: never expires' }) expiresAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Last time the link was opened (to the minute)' })
  lastOpenedAt!: string | null;
  @ApiProperty({ type: ShareLinkCreatorResponseDto, nullable: true, description: 'null when that account is gone' })
  createdBy!: ShareLinkCreatorResponseDto | null;
}

export class CreatedShareLinkResponseDto extends ShareLinkResponseDto implements CreatedShareLinkResponse {
  @ApiProperty({ description: 'The secret of the page `/s/<token>`: shown this once, never again', example: '…' })
  token!: string;
}

export class ShareInfoResponseDto implements ShareInfoDto {
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) expiresAt!: string | null;
  @ApiProperty() allowExport!: boolean;
}

/** The journey row without the workspace it belongs to. */
export class SharedJourneyInfoResponseDto extends OmitType(JourneyResponseDto, ['workspaceId'] as const) {}

export class SharedJourneyResponseDto implements SharedJourneyResponse {
  @ApiProperty({ type: SharedJourneyInfoResponseDto }) journey!: SharedJourneyInfoResponseDto;
  @ApiProperty({ type: PersonaResponseDto, nullable: true }) persona!: PersonaResponseDto | null;
  @ApiProperty({ type: [StageResponseDto] }) stages!: StageResponseDto[];
  @ApiProperty({ type: [TouchpointResponseDto] }) touchpoints!: TouchpointResponseDto[];
  @ApiProperty({ type: [LinkResponseDto] }) links!: LinkResponseDto[];
  @ApiProperty({ type: ShareInfoResponseDto }) share!: ShareInfoResponseDto;
}
