import { API_KEY_SCOPES, type ApiKeyDto, type ApiKeyScope, type CreatedApiKeyResponse } from '@cxmap/domain';
import { ApiProperty } from '@nestjs/swagger';

export class ApiKeyResponseDto implements ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'array', items: { type: 'string', enum: [...API_KEY_SCOPES] } }) scopes!: ApiKeyScope[];
  @ApiProperty({ description: 'The first characters of the secret, to tell keys apart', example: 'cxk_AbCd' }) prefix!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Name of the member who created it; null when that account is gone' })
  createdBy!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Null until first used; updated at most once a minute' })
  lastUsedAt!: string | null;
}

export class CreatedApiKeyResponseDto implements CreatedApiKeyResponse {
  @ApiProperty({ type: ApiKeyResponseDto }) apiKey!: ApiKeyResponseDto;
  @ApiProperty({ description: 'Send as `Authorization: Bearer <secret>`: shown this once, never again', example: 'cxk_…' })
  secret!: string;
}
