import { fileURLToPath } from 'node:url';

const lib = (name: string): string => fileURLToPath(new URL(`../../libs/${name}/src/index.ts`, import.meta.url));

/** The workspace libraries, resolved from source (the same mapping as tsconfig.base.json paths). */
export const aliases = {
  '@cxmap/domain': lib('domain'),
  '@cxmap/journey-format': lib('journey-format'),
};
