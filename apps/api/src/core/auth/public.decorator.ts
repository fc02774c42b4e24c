import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'cxmap:isPublic';

/** Opens a route to callers without a session; every other route requires one. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
