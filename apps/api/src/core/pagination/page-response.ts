import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/** The OpenAPI schema of `Page<Item>`: `{ items: Item[], nextCursor: string | null }`. */
export function PageResponseDto(item: Type<unknown>, name: string): Type<unknown> {
  class PageDto {
    @ApiProperty({ type: [item] })
    items!: unknown[];

    @ApiProperty({ type: String, nullable: true, description: 'Pass as `?cursor=` for the next page; null on the last page' })
    nextCursor!: string | null;
  }
  Object.defineProperty(PageDto, 'name', { value: name });
  return PageDto;
}
