export * from './measurement-csv';
