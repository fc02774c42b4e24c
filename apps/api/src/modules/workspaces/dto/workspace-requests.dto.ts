import { LIMITS, ROLES } from '@cxmap/domain';
import type { CreateWorkspaceRequest, Role, UpdateMemberRequest, UpdateWorkspaceRequest } from '@cxmap/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../core/validation/trim';

export class CreateWorkspaceDto implements CreateWorkspaceRequest {
  @ApiProperty({ minLength: 1, maxLength: LIMITS.nameMax, description: 'Trimmed; must not be blank' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.nameMax)
  name!: string;
}

export class UpdateWorkspaceDto implements UpdateWorkspaceRequest {
  @ApiProperty({ minLength: 1, maxLength: LIMITS.nameMax, description: 'Trimmed; must not be blank' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.nameMax)
  name!: string;
}

export class UpdateMemberDto implements UpdateMemberRequest {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;
}
