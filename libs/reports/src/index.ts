export * from './model';
export * from './build';
