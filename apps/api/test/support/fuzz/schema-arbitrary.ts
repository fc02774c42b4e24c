import fc from 'fast-check';

/** The part of an OpenAPI 3 schema object the generator reads. */
export interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
}

export type Schemas = Record<string, Schema>;

const MAX_DEPTH = 5;

function resolve(schemas: Schemas, schema: Schema): Schema {
  if (schema.$ref === undefined) return schema;
  const resolved = schemas[schema.$ref.replace('#/components/schemas/', '')];
  if (!resolved) throw new Error(`dangling $ref ${schema.$ref}`);
  return resolved;
}

/**
 * Values shaped by a schema: the documented type, enum members, uuids and dates where the format
 * says so, lengths and ranges near the documented bounds. Valid-looking, not guaranteed valid
 * (patterns and cross-field rules are not modelled): the app must answer them without a 5xx.
 */
export function fromSchema(schemas: Schemas, raw: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(schemas, raw);
  const choices = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
  if (choices.length > 0) return fc.oneof(...choices.map((choice) => fromSchema(schemas, choice, depth + 1)));
  if (schema.allOf !== undefined && schema.allOf.length > 0) return fromSchema(schemas, schema.allOf[0] as Schema, depth + 1);
  const value = plain(schemas, schema, depth);
  return schema.nullable === true ? fc.option(value, { nil: null, freq: 8 }) : value;
}

function plain(schemas: Schemas, schema: Schema, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum !== undefined && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return fc.integer({ min: Math.ceil(schema.minimum ?? -1000), max: Math.floor(schema.maximum ?? 100_000) });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'array': {
      if (depth >= MAX_DEPTH || schema.items === undefined) return fc.constant([]);
      const minLength = Math.min(schema.minItems ?? 0, 3);
      return fc.array(fromSchema(schemas, schema.items, depth + 1), { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 3, 3)) });
    }
    default: {
      if (schema.properties === undefined || depth >= MAX_DEPTH) return fc.constant({});
      const properties = Object.fromEntries(Object.entries(schema.properties).map(([name, property]) => [name, fromSchema(schemas, property, depth + 1)]));
      return fc.record(properties, { requiredKeys: schema.required ?? [] });
    }
  }
}

function stringOf(schema: Schema): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date') return fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'date-time') return fc.date({ min: new Date('2000-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.format === 'email') return fc.emailAddress();
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? 40, 200));
  return fc.string({ minLength: min, maxLength: max, unit: 'grapheme' });
}
