import { LIMITS, ROLES } from '@cxmap/domain';
import type { AcceptInvitationRequest, CreateInvitationRequest, Role } from '@cxmap/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { IsOptionalNotNull } from '../../../core/validation/optional';
import { Trim } from '../../../core/validation/trim';

const normaliseEmail = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty({ format: 'email', maxLength: LIMITS.emailMax, description: 'Trimmed and lower-cased' })
  @Transform(normaliseEmail)
  @IsString()
  @MaxLength(LIMITS.emailMax)
  @IsEmail()
  email!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;
}

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiPropertyOptional({
    minLength: 1,
    maxLength: LIMITS.nameMax,
    description: 'Without a session: the name of the new account (required then). With a session: leave out.',
  })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.nameMax)
  name?: string;

  @ApiPropertyOptional({
    minLength: LIMITS.passwordMin,
    maxLength: LIMITS.passwordMax,
    description: 'Without a session: the password of the new account (required then). With a session: leave out.',
  })
  @IsOptionalNotNull()
  @IsString()
  @MinLength(LIMITS.passwordMin)
  @MaxLength(LIMITS.passwordMax)
  password?: string;
}
