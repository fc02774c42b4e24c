export * from './parse-mermaid';
export * from './export-mermaid';
export * from './score';
