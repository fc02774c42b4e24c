import { LIMITS } from '@cxmap/domain';
import type { LoginRequest, SignupRequest } from '@cxmap/domain';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../core/validation/trim';

const normaliseEmail = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

export class SignupDto implements SignupRequest {
  @ApiProperty({ format: 'email', maxLength: LIMITS.emailMax })
  @Transform(normaliseEmail)
  @IsString()
  @MaxLength(LIMITS.emailMax)
  @IsEmail()
  email!: string;

  @ApiProperty({ minLength: LIMITS.passwordMin, maxLength: LIMITS.passwordMax })
  @IsString()
  @MinLength(LIMITS.passwordMin)
  @MaxLength(LIMITS.passwordMax)
  password!: string;

  @ApiProperty({ minLength: 1, maxLength: LIMITS.nameMax, description: 'Trimmed; must not be blank' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.nameMax)
  name!: string;

  @ApiProperty({ minLength: 1, maxLength: LIMITS.nameMax, description: 'Trimmed; must not be blank' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.nameMax)
  workspaceName!: string;
}

export class LoginDto implements LoginRequest {
  @ApiProperty({ format: 'email' })
  @Transform(normaliseEmail)
  @IsString()
  @MaxLength(LIMITS.emailMax)
  email!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(LIMITS.passwordMax)
  password!: string;
}
