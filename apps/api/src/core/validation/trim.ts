import { Transform } from 'class-transformer';

/** Strips surrounding whitespace from a string before validation (other types pass through to fail there). */
export const Trim = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
