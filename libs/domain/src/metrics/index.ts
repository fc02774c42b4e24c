export * from './definitions';
export * from './catalog';
export * from './figures';
export * from './totals';
export * from './health';
export * from './periods';
export * from './api-types';
export * from './measurement-check';
