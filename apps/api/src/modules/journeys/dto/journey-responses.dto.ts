import { CHANNELS, INTERACTIONS, JOURNEY_STATES, JOURNEY_STATUSES, LAYERS, LINK_TYPES, PHASES } from '@cxmap/domain';
import type {
  Channel,
  Interaction,
  JourneyDto,
  JourneyGraph,
  JourneyState,
  JourneyStatus,
  JourneySummaryDto,
  Layer,
  LinkDto,
  LinkType,
  PersonaDto,
  Phase,
  Position,
  StageDto,
  TouchpointDto,
} from '@cxmap/domain';
import { ApiProperty } from '@nestjs/swagger';

export class JourneyResponseDto implements JourneyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) workspaceId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: JOURNEY_STATES }) state!: JourneyState;
  @ApiProperty({ enum: JOURNEY_STATUSES }) status!: JourneyStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) personaId!: string | null;
  @ApiProperty({ type: 'integer', description: 'Bumped by every change; also the ETag' }) revision!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class JourneySummaryResponseDto implements JourneySummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) workspaceId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: JOURNEY_STATES }) state!: JourneyState;
  @ApiProperty({ enum: JOURNEY_STATUSES }) status!: JourneyStatus;
  @ApiProperty({ type: 'integer' }) revision!: number;
  @ApiProperty({ type: 'integer' }) stageCount!: number;
  @ApiProperty({ type: 'integer' }) touchpointCount!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class PersonaResponseDto implements PersonaDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty() goals!: string;
  @ApiProperty() frustrations!: string;
}

export class StageResponseDto implements StageDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PHASES }) phase!: Phase;
  @ApiProperty({ type: 'number', description: 'Sort key, ascending' }) order!: number;
  @ApiProperty() customerGoal!: string;
  @ApiProperty() description!: string;
}

export class PositionResponseDto implements Position {
  @ApiProperty() x!: number;
  @ApiProperty() y!: number;
}

export class TouchpointResponseDto implements TouchpointDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ format: 'uuid' }) stageId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: CHANNELS }) channel!: Channel;
  @ApiProperty({ enum: INTERACTIONS }) interaction!: Interaction;
  @ApiProperty({ type: String, nullable: true }) ownerTeam!: string | null;
  @ApiProperty({ enum: LAYERS }) layer!: Layer;
  @ApiProperty({ type: 'integer', nullable: true, minimum: -2, maximum: 2 }) emotion!: number | null;
  @ApiProperty({ type: PositionResponseDto }) position!: PositionResponseDto;
}

export class LinkResponseDto implements LinkDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version!: number;
  @ApiProperty({ format: 'uuid' }) sourceId!: string;
  @ApiProperty({ format: 'uuid' }) targetId!: string;
  @ApiProperty({ enum: LINK_TYPES }) type!: LinkType;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
}

export class JourneyGraphResponseDto implements JourneyGraph {
  @ApiProperty({ type: JourneyResponseDto }) journey!: JourneyResponseDto;
  @ApiProperty({ type: PersonaResponseDto, nullable: true }) persona!: PersonaResponseDto | null;
  @ApiProperty({ type: [StageResponseDto] }) stages!: StageResponseDto[];
  @ApiProperty({ type: [TouchpointResponseDto] }) touchpoints!: TouchpointResponseDto[];
  @ApiProperty({ type: [LinkResponseDto] }) links!: LinkResponseDto[];
}
