export * from './model';
export * from './build';
export * from './format';
export * from './pdf';
export * from './renderers';
