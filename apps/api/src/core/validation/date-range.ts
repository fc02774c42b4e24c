import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { IsOptionalNotNull } from './optional';

/** `YYYY-MM-DD`; whether it is a real date is checked afterwards (parseIsoDate). */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The two ends of a range of days in a query or a body. */
export type RangeEnd = 'from' | 'to';

/*
 * Validators are listed bottom-up, the order they had as stacked decorators, so a value that fails
 * several of them is answered with its messages in the same order as before.
 */

/** An optional end of a range, refused here unless it reads `YYYY-MM-DD` ("from must be a date, YYYY-MM-DD"). */
export function OptionalDay(end: RangeEnd, description: string): PropertyDecorator {
  return applyDecorators(
    Matches(DATE_PATTERN, { message: `${end} must be a date, YYYY-MM-DD` }),
    IsOptionalNotNull(),
    ApiPropertyOptional({ format: 'date', description }),
  );
}

/**
 * An optional end of a range that only has to be short text here: the service checks the pair
 * (both or neither, real dates, from ≤ to, at most so many days) and answers every problem at once.
 */
export function OptionalRangeEnd(description: string): PropertyDecorator {
  return applyDecorators(MaxLength(10), IsString(), IsOptionalNotNull(), ApiPropertyOptional({ format: 'date', description }));
}
