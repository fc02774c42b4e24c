import { API_KEY_SCOPES, LIMITS, type ApiKeyScope, type CreateApiKeyRequest } from '@cxmap/domain';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsString, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../../../core/validation/trim';

export class CreateApiKeyDto implements CreateApiKeyRequest {
  @ApiProperty({ minLength: 1, maxLength: LIMITS.apiKeyNameMax, example: 'Survey tool', description: 'Trimmed' })
  @Trim()
  @IsString()
  @MinLength(1)
  @MaxLength(LIMITS.apiKeyNameMax)
  name!: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'string', enum: [...API_KEY_SCOPES] },
    minItems: 1,
    maxItems: API_KEY_SCOPES.length,
    uniqueItems: true,
    description: '`read`: list and read journeys. `ingest`: push metric measurements.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(API_KEY_SCOPES.length)
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes!: ApiKeyScope[];
}
