import { ROLES } from '@cxmap/domain';
import type {
  AcceptInvitationResponse,
  CreatedInvitationResponse,
  InvitationDto,
  InvitationPreviewDto,
  Role,
} from '@cxmap/domain';
import { ApiProperty } from '@nestjs/swagger';
import { MeResponseDto } from '../../auth/dto/auth-responses.dto';

export class InvitationResponseDto implements InvitationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: String, nullable: true, description: 'Name of the inviter; null when that account is gone' })
  invitedBy!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class CreatedInvitationResponseDto implements CreatedInvitationResponse {
  @ApiProperty({ type: InvitationResponseDto }) invitation!: InvitationResponseDto;
  @ApiProperty({ description: 'Path of the accept page, `/invite/<token>`: shown this once, never again', example: '/invite/…' })
  link!: string;
}

export class InvitationPreviewResponseDto implements InvitationPreviewDto {
  @ApiProperty() workspaceName!: string;
  @ApiProperty() email!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: String, nullable: true }) inviterName!: string | null;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class AcceptInvitationResponseDto implements AcceptInvitationResponse {
  @ApiProperty({ format: 'uuid', description: 'The workspace just joined' }) workspaceId!: string;
  @ApiProperty({ type: MeResponseDto, description: 'The signed-in user, as GET /api/auth/me answers' }) me!: MeResponseDto;
}
