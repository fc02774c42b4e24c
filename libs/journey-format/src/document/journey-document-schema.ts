import schema from './journey-document.schema.json';

/** The JSON Schema (draft 2020-12) of the CXMap journey document, version 1. */
export const JOURNEY_DOCUMENT_SCHEMA: Readonly<Record<string, unknown>> = schema;

/** Where the API serves it. */
export const JOURNEY_DOCUMENT_SCHEMA_PATH = '/api/schemas/journey-document.json';
