import { LIMITS, type CreateShareLinkRequest } from '@cxmap/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsString, MaxLength, ValidateBy, type ValidationArguments } from 'class-validator';
import { IsOptionalNotNull, IsOptionalNullable } from '../../../core/validation/optional';
import { Trim } from '../../../core/validation/trim';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What is wrong with an expiry date-time against `now`, or null when it is fine (non-strings are IsISO8601's to report). */
export function expiryProblem(value: unknown, now: number = Date.now()): 'unreadable' | 'past' | 'too-far' | null {
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return 'unreadable';
  if (time <= now) return 'past';
  if (time > now + LIMITS.shareExpiryDaysMax * DAY_MS) return 'too-far';
  return null;
}

/** A date-time in the future, at most `LIMITS.shareExpiryDaysMax` days away (by the server's clock). */
const IsFutureWithinLimit = (): PropertyDecorator =>
  ValidateBy({
    name: 'isFutureWithinLimit',
    validator: {
      validate: (value: unknown) => expiryProblem(value) === null,
      defaultMessage: (args?: ValidationArguments) => {
        const property = args?.property ?? 'expiresAt';
        const problem = expiryProblem(args?.value);
        if (problem === 'unreadable') return `${property} is not a date-time`;
        if (problem === 'past') return `${property} must be in the future`;
        return `${property} must be at most ${LIMITS.shareExpiryDaysMax} days from now`;
      },
    },
  });

export class CreateShareLinkDto implements CreateShareLinkRequest {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: LIMITS.shareLabelMax,
    description: 'What the link is for, e.g. "Board review". Trimmed; blank means none.',
  })
  @IsOptionalNullable()
  @Trim()
  @IsString()
  @MaxLength(LIMITS.shareLabelMax)
  label?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: `When the link stops working: in the future, at most ${LIMITS.shareExpiryDaysMax} days away. null or left out: never.`,
  })
  @IsOptionalNullable()
  @IsISO8601({ strict: true })
  @IsFutureWithinLimit()
  expiresAt?: string | null;

  @ApiPropertyOptional({ default: false, description: 'Whether reports may be downloaded through the link (without comments or names); off unless asked for' })
  @IsOptionalNotNull()
  @IsBoolean()
  allowExport?: boolean;
}
