import { ROLES } from '@cxmap/domain';
import type { AuthOptionsResponse, MeResponse, Role, UserDto, WorkspaceMembershipDto } from '@cxmap/domain';
import { ApiProperty } from '@nestjs/swagger';

export class UserResponseDto implements UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
}

export class WorkspaceMembershipResponseDto implements WorkspaceMembershipDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
}

export class MeResponseDto implements MeResponse {
  @ApiProperty({ type: UserResponseDto }) user!: UserResponseDto;
  @ApiProperty({ type: [WorkspaceMembershipResponseDto] }) workspaces!: WorkspaceMembershipResponseDto[];
}

export class DemoLoginDto {
  @ApiProperty() email!: string;
  @ApiProperty() password!: string;
}

export class AuthOptionsResponseDto implements AuthOptionsResponse {
  @ApiProperty({ type: DemoLoginDto, nullable: true, description: 'Only on the embedded database' })
  demo!: DemoLoginDto | null;
}
