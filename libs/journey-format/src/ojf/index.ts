export * from './parse-ojf';
export * from './ojf-mapping';
export * from './json-lines';
