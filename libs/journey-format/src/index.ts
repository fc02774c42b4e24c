export * from './graph';
export * from './apply-ops';
export * from './inverse-ops';
export * from './import';
export * from './mermaid';
export * from './ojf';
export * from './parse-journey-file';
export * from './describe-ops';
