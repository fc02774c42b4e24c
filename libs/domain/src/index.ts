export * from './enums';
export * from './limits';
export * from './channels';
export * from './templates';
export * from './api-types';
export * from './permissions';
export * from './audit';
