/** Marks a branch the type checker proves impossible; a new union member that nobody handles fails to compile. */
export function assertUnreachable(value: never): never {
  throw new Error(`Unhandled value: ${String(value)}`);
}
