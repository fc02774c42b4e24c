import { JOURNEY_STATES, JOURNEY_STATUSES, LIMITS, TEMPLATE_KEYS } from '@cxmap/domain';
import type { CreateJourneyRequest, JourneyState, JourneyStatus, TemplateKey, UpdateJourneyRequest } from '@cxmap/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNotNull } from '../../../core/validation/optional';
import { Trim } from '../../../core/validation/trim';

export class CreateJourneyDto implements CreateJourneyRequest {
  @ApiProperty({ minLength: 1, maxLength: LIMITS.nameMax, description: 'Trimmed; must not be blank' })
  @Trim()
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
  @ApiPropertyOptional({ minLength: 1, maxLength: LIMITS.nameMax, description: 'Trimmed; must not be blank' })
  @IsOptionalNotNull()
  @Trim()
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
