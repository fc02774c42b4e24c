import { ValidateIf } from 'class-validator';

/** The property may be left out, but when present it must pass its validators (so `null` fails). */
export const IsOptionalNotNull = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/** The property may be left out or be `null`; anything else must pass its validators. */
export const IsOptionalNullable = (): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined && value !== null);

/** The property must be present, but may be `null`. */
export const IsRequiredNullable = (): PropertyDecorator => ValidateIf((_object, value) => value !== null);
