export * from './imported-journey';
export * from './to-ops';
export * from './touchpoint-text';
export * from './phase';
export * from './finish-import';
export * from './to-plan';
