import { fileURLToPath } from 'node:url';

const lib = (name: string): string => fileURLToPath(new URL(`../../libs/${name}/src/index.ts`, import.meta.url));

/** The workspace libraries, resolved from source (the same mapping as tsconfig.base.json paths). */
export const aliases = {
  // Before the library itself: an alias also matches the paths under its key. Specs only.
  '@cxmap/journey-format/testing': fileURLToPath(new URL('../../libs/journey-format/testing/index.ts', import.meta.url)),
  '@cxmap/domain': lib('domain'),
  '@cxmap/journey-format': lib('journey-format'),
};
