export * from './touchpoint-grid';
export * from './import-preview';
