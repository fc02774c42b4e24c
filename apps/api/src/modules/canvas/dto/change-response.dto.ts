import { ENTITY_KINDS } from '@cxmap/domain';
import type { ChangeResponse, ChangeResultItem, EntityKind } from '@cxmap/domain';
import { ApiProperty } from '@nestjs/swagger';

export class ChangeResultItemDto implements ChangeResultItem {
  @ApiProperty({ enum: ENTITY_KINDS })
  entity!: EntityKind;

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'New version, or null when deleted' })
  version!: number | null;
}

export class ChangeResponseDto implements ChangeResponse {
  @ApiProperty({ type: 'integer', description: 'The journey revision after the batch' })
  revision!: number;

  @ApiProperty({ type: [ChangeResultItemDto] })
  results!: ChangeResultItemDto[];
}
