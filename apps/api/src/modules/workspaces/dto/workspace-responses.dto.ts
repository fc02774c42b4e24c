import { ROLES } from '@cxmap/domain';
import type { MemberDto, Role, WorkspaceMembershipDto } from '@cxmap/domain';
import { ApiProperty } from '@nestjs/swagger';

export class MemberResponseDto implements MemberDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ format: 'date-time' }) joinedAt!: string;
}

export class WorkspaceResponseDto implements WorkspaceMembershipDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES, description: 'The caller’s role in the workspace' }) role!: Role;
}
