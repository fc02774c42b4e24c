import type { ValidationError } from 'class-validator';
import type { FieldError } from '@cxmap/domain';

/** Flattens class-validator's tree into dotted field paths (`ops.3.data.position.x`), one entry per path. */
export function flattenValidationErrors(errors: readonly ValidationError[], prefix = ''): FieldError[] {
  const result: FieldError[] = [];
  for (const error of errors) {
    const path = prefix === '' ? error.property : `${prefix}.${error.property}`;
    const messages = Object.values(error.constraints ?? {}).map((m) => humanise(m, error.property));
    if (messages.length > 0) result.push({ path, message: messages.join('; ') });
    if (error.children && error.children.length > 0) {
      result.push(...flattenValidationErrors(error.children, path));
    }
  }
  return result;
}

function humanise(message: string, property: string): string {
  if (message === `property ${property} should not exist`) return 'unknown property';
  return message;
}
