import { ValidateBy, type ValidationOptions } from 'class-validator';

/** An absolute http(s) URL with a host: no `javascript:`, `data:` or relative links ever reach a page. */
export function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || /\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const IsHttpUrl = (options?: ValidationOptions): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isHttpUrl',
      validator: {
        validate: (value: unknown) => isHttpUrl(value),
        defaultMessage: (args) => `${args?.property ?? 'url'} must be an http or https URL`,
      },
    },
    options,
  );
