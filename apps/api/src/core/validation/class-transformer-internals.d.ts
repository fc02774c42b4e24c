// class-transformer 0.5 ships its metadata storage and default options as CommonJS modules without
// declarations next to them; the declarations live under types/. Read by compiled-class.ts only.
declare module 'class-transformer/cjs/storage' {
  import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';

  export const defaultMetadataStorage: MetadataStorage;
}

declare module 'class-transformer/cjs/constants/default-options.constant' {
  import type { ClassTransformOptions } from 'class-transformer';

  export const defaultOptions: ClassTransformOptions;
}
