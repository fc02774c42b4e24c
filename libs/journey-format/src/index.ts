export * from './graph';
export * from './apply-ops';
export * from './inverse-ops';
export * from './describe-ops';
