import { JOURNEY_STATES, JOURNEY_STATUSES, LIMITS, TEMPLATE_KEYS } from '@cxmap/domain';
import type { CreateJourneyRequest, JourneyState, JourneyStatus, TemplateKey, UpdateJourneyRequest } from '@cxmap/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNotNull } from '../../../core/validation/optional';

export class CreateJourneyDto implements CreateJourneyRequest {
  @ApiProperty({ maxLength: LIMITS.nameMax })
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.nameMax)
  name!: string;

  @ApiPropertyOptional({ maxLength: LIMITS.descriptionMax })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(LIMITS.descriptionMax)
  description?: string;

  @ApiProperty({ enum: TEMPLATE_KEYS })
  @IsIn(TEMPLATE_KEYS)
  template!: TemplateKey;
}

export class UpdateJourneyDto implements UpdateJourneyRequest {
  @ApiPropertyOptional({ maxLength: LIMITS.nameMax })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.nameMax)
  name?: string;

  @ApiPropertyOptional({ maxLength: LIMITS.descriptionMax })
  @IsOptionalNotNull()
  @IsString()
  @MaxLength(LIMITS.descriptionMax)
  description?: string;

  @ApiPropertyOptional({ enum: JOURNEY_STATES })
  @IsOptionalNotNull()
  @IsIn(JOURNEY_STATES)
  state?: JourneyState;

  @ApiPropertyOptional({ enum: JOURNEY_STATUSES })
  @IsOptionalNotNull()
  @IsIn(JOURNEY_STATUSES)
  status?: JourneyStatus;
}
