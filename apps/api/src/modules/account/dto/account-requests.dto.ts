import { LIMITS } from '@cxmap/domain';
import type { ChangePasswordRequest, DeleteAccountRequest, UpdateAccountRequest } from '@cxmap/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../core/validation/trim';

export class UpdateAccountDto implements UpdateAccountRequest {
  @ApiProperty({ minLength: 1, maxLength: LIMITS.nameMax, description: 'Trimmed; must not be blank' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.nameMax)
  name!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ maxLength: LIMITS.passwordMax })
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.passwordMax)
  currentPassword!: string;

  @ApiProperty({ minLength: LIMITS.passwordMin, maxLength: LIMITS.passwordMax })
  @IsString()
  @MinLength(LIMITS.passwordMin)
  @MaxLength(LIMITS.passwordMax)
  newPassword!: string;
}

export class DeleteAccountDto implements DeleteAccountRequest {
  @ApiProperty({ maxLength: LIMITS.passwordMax, description: 'The current password, to confirm' })
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.passwordMax)
  password!: string;
}
