import { LIMITS } from '@cxmap/domain';
import { useTestApp } from './support/test-app-context';

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  oneOf?: Schema[];
  allOf?: Schema[];
  anyOf?: Schema[];
  maxItems?: number;
  minProperties?: number;
  required?: string[];
}

interface MediaType {
  schema?: Schema;
}

interface Response {
  description?: string;
  content?: Record<string, MediaType>;
  headers?: Record<string, { schema?: Schema }>;
}

interface Operation {
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean; description?: string }[];
  requestBody?: { content?: Record<string, MediaType> };
  responses: Record<string, Response>;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; securitySchemes?: Record<string, Record<string, string>> };
}

const PROBLEM = 'application/problem+json';
const PROBLEM_REF = '#/components/schemas/ProblemDto';

function resolve(document: OpenApiDocument, ref: string): Schema {
  const name = ref.replace('#/components/schemas/', '');
  const schema = document.components.schemas[name];
  if (!schema) throw new Error(`dangling $ref ${ref}`);
  return schema;
}

/** Paths inside `schema` where a value has no real type: an object without properties, a free-form map, no type at all. */
function untypedPaths(document: OpenApiDocument, schema: Schema, path: string, seen: Set<string> = new Set()): string[] {
  if (schema.$ref !== undefined) {
    if (seen.has(schema.$ref)) return [];
    return untypedPaths(document, resolve(document, schema.$ref), path, new Set([...seen, schema.$ref]));
  }
  const composed = [...(schema.oneOf ?? []), ...(schema.allOf ?? []), ...(schema.anyOf ?? [])];
  if (composed.length > 0) return composed.flatMap((part, i) => untypedPaths(document, part, `${path}<${i}>`, seen));
  if (schema.type === 'array') return schema.items ? untypedPaths(document, schema.items, `${path}[]`, seen) : [`${path}[] (no items)`];
  if (schema.type === 'object' || (schema.type === undefined && schema.properties !== undefined)) {
    const problems: string[] = [];
    if (schema.additionalProperties === true) problems.push(`${path} (free-form object)`);
    const properties = Object.entries(schema.properties ?? {});
    if (properties.length === 0) problems.push(`${path} (object without properties)`);
    return [...problems, ...properties.flatMap(([name, property]) => untypedPaths(document, property, `${path}.${name}`, seen))];
  }
  if (schema.type === undefined && schema.enum === undefined) return [`${path} (no type)`];
  return [];
}

describe('the OpenAPI document', () => {
  const ctx = useTestApp();
  let document: OpenApiDocument;
  let operations: [string, Operation][];

  beforeAll(async () => {
    const response = await ctx.given.http().get('/api/docs-json').expect(200);
    document = response.body as OpenApiDocument;
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]): [string, Operation] => [`${method.toUpperCase()} ${path}`, operation]),
    );
  });

  it('documents error answers of every operation as problem+json with the Problem schema', () => {
    expect(operations.length).toBeGreaterThanOrEqual(12);
    for (const [name, operation] of operations) {
      const errors = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
      expect([name, errors.length > 0]).toEqual([name, true]);
      for (const [status, response] of errors) {
        expect([name, status, Object.keys(response.content ?? {})]).toEqual([name, status, [PROBLEM]]);
        expect(response.content?.[PROBLEM]?.schema?.$ref).toBe(PROBLEM_REF);
      }
    }
  });

  it('documents the statuses each operation can answer', () => {
    const statuses = (name: string): string[] =>
      Object.keys(operations.find(([n]) => n === name)?.[1].responses ?? {}).filter((s) => Number(s) >= 400);
    const writes = ['400', '401', '403', '404', '413', '415', '500'];
    expect(statuses('POST /api/journeys/{id}/changes')).toEqual(['400', '401', '403', '404', '409', '413', '415', '422', '500']);
    expect(statuses('PATCH /api/journeys/{id}')).toEqual(['400', '401', '403', '404', '409', '413', '415', '500']);
    expect(statuses('POST /api/workspaces/{workspaceId}/journeys')).toEqual(writes);
    expect(statuses('POST /api/workspaces/{workspaceId}/journeys/import')).toEqual(['400', '401', '403', '404', '413', '415', '422', '500']);
    expect(statuses('DELETE /api/journeys/{id}')).toEqual(['400', '401', '403', '404', '500']);
    expect(statuses('GET /api/journeys/{id}')).toEqual(['400', '401', '403', '404', '500']);
    expect(statuses('GET /api/workspaces/{workspaceId}/journeys')).toEqual(['400', '401', '403', '404', '500']);
    // 422: the cap on active keys (TOO_MANY_API_KEYS), which keeps the unpaginated list bounded.
    expect(statuses('POST /api/workspaces/{workspaceId}/api-keys')).toEqual(['400', '401', '403', '404', '413', '415', '422', '500']);
    expect(statuses('GET /api/workspaces/{workspaceId}/api-keys')).toEqual(['400', '401', '403', '404', '500']);
    expect(statuses('DELETE /api/workspaces/{workspaceId}/api-keys/{keyId}')).toEqual(['400', '401', '403', '404', '500']);
    expect(statuses('POST /api/auth/login')).toEqual(['400', '401', '413', '415', '429', '500']);
    expect(statuses('POST /api/auth/signup')).toEqual(['400', '409', '413', '415', '500']);
    expect(statuses('POST /api/workspaces')).toEqual(['400', '401', '413', '415', '500']);
    expect(statuses('DELETE /api/workspaces/{workspaceId}')).toEqual(['400', '401', '403', '404', '500']);
    expect(statuses('PATCH /api/workspaces/{workspaceId}/members/{userId}')).toEqual(['400', '401', '403', '404', '409', '413', '415', '500']);
    expect(statuses('DELETE /api/workspaces/{workspaceId}/members/{userId}')).toEqual(['400', '401', '403', '404', '409', '500']);
    expect(statuses('GET /api/workspaces/{workspaceId}/members')).toEqual(['400', '401', '404', '500']);
    expect(statuses('POST /api/workspaces/{workspaceId}/invitations')).toEqual(['400', '401', '403', '404', '409', '413', '415', '500']);
    expect(statuses('PATCH /api/account')).toEqual(['400', '401', '413', '415', '500']);
    expect(statuses('POST /api/account/password')).toEqual(['400', '401', '413', '415', '500']);
    expect(statuses('POST /api/account/logout-everywhere')).toEqual(['401', '500']);
    expect(statuses('DELETE /api/account')).toEqual(['400', '401', '409', '413', '415', '500']);
    expect(statuses('GET /api/invitations/{token}')).toEqual(['404', '500']);
    expect(statuses('POST /api/journeys/{id}/measurements')).toEqual(['400', '401', '403', '404', '413', '415', '422', '500']);
    expect(statuses('POST /api/journeys/{id}/metrics')).toEqual(['400', '401', '403', '404', '409', '413', '415', '422', '500']);
    expect(statuses('PATCH /api/journeys/{id}/metrics/{attachmentId}')).toEqual(['400', '401', '403', '404', '409', '413', '415', '500']);
    expect(statuses('GET /api/journeys/{id}/metrics/rollup')).toEqual(['400', '401', '404', '500']);
    expect(statuses('GET /api/workspaces/{workspaceId}/metrics/rollup')).toEqual(['400', '401', '404', '500']);
    expect(statuses('POST /api/workspaces/{workspaceId}/metric-definitions')).toEqual(['400', '401', '403', '404', '409', '413', '415', '422', '500']);
    expect(statuses('POST /api/invitations/{token}/accept')).toEqual(['400', '403', '404', '409', '413', '415', '500']);
    // 422: the cap on a journey's active links (TOO_MANY_SHARE_LINKS).
    expect(statuses('POST /api/journeys/{id}/share-links')).toEqual(['400', '401', '403', '404', '413', '415', '422', '500']);
    expect(statuses('GET /api/journeys/{id}/share-links')).toEqual(['400', '401', '403', '404', '500']);
    expect(statuses('DELETE /api/journeys/{id}/share-links/{linkId}')).toEqual(['400', '401', '403', '404', '500']);
    expect(statuses('GET /api/share/{token}')).toEqual(['404', '500']);
    expect(statuses('GET /api/journeys/{id}/annotations')).toEqual(['400', '401', '404', '500']);
    expect(statuses('POST /api/journeys/{id}/annotations')).toEqual(['400', '401', '403', '404', '413', '415', '422', '500']);
    expect(statuses('PATCH /api/journeys/{id}/annotations/{annotationId}')).toEqual(['400', '401', '403', '404', '409', '413', '415', '500']);
    expect(statuses('DELETE /api/journeys/{id}/annotations/{annotationId}')).toEqual(['400', '401', '403', '404', '500']);
    expect(statuses('POST /api/journeys/{id}/annotations/{annotationId}/replies')).toEqual(['400', '401', '403', '404', '413', '415', '422', '500']);
    expect(statuses('PATCH /api/journeys/{id}/annotations/{annotationId}/replies/{replyId}')).toEqual([
      '400', '401', '403', '404', '409', '413', '415', '500',
    ]);
    expect(statuses('GET /api/workspaces/{workspaceId}/needs-review')).toEqual(['400', '401', '404', '500']);
    expect(statuses('PUT /api/journeys/{id}/touchpoints/{touchpointId}/review-by')).toEqual(writes);
  });

  it('declares the API-key bearer scheme on exactly the operations that take keys', () => {
    expect(document.components.securitySchemes?.['apiKey']).toMatchObject({ type: 'http', scheme: 'bearer' });
    const withKeys = operations.filter(([, operation]) => (operation.security ?? []).some((s) => 'apiKey' in s)).map(([name]) => name);
    expect(withKeys.sort()).toEqual([
      'GET /api/journeys/{id}',
      'GET /api/workspaces/{workspaceId}/journeys',
      'POST /api/journeys/{id}/measurements',
      'POST /api/journeys/{id}/measurements/csv',
    ]);
    const [, graph] = operations.find(([name]) => name === 'GET /api/journeys/{id}') ?? [];
    expect(graph?.security).toEqual(expect.arrayContaining([{ cookie: [] }, { apiKey: [] }]));
  });

  it('describes the Problem schema', () => {
    const problem = resolve(document, PROBLEM_REF);
    expect(Object.keys(problem.properties ?? {})).toEqual(['type', 'title', 'status', 'detail', 'code', 'errors', 'conflicts']);
    expect(problem.properties?.['status']?.type).toBe('integer');
    expect(untypedPaths(document, { $ref: PROBLEM_REF }, 'Problem')).toEqual([]);
  });

  it('gives every request body a schema with no untyped object in it', () => {
    const bodies = operations.filter(([, operation]) => operation.requestBody !== undefined);
    expect(bodies.map(([name]) => name).sort()).toEqual([
      'DELETE /api/account',
      'PATCH /api/account',
      'PATCH /api/journeys/{id}',
      'PATCH /api/journeys/{id}/annotations/{annotationId}',
      'PATCH /api/journeys/{id}/annotations/{annotationId}/replies/{replyId}',
      'PATCH /api/journeys/{id}/metrics/{attachmentId}',
      'PATCH /api/workspaces/{workspaceId}',
      'PATCH /api/workspaces/{workspaceId}/members/{userId}',
      'PATCH /api/workspaces/{workspaceId}/metric-definitions/{key}',
      'POST /api/account/password',
      'POST /api/auth/login',
      'POST /api/auth/signup',
      'POST /api/invitations/{token}/accept',
      'POST /api/journeys/{id}/annotations',
      'POST /api/journeys/{id}/annotations/{annotationId}/replies',
      'POST /api/journeys/{id}/changes',
      'POST /api/journeys/{id}/exports',
      'POST /api/journeys/{id}/measurements',
      'POST /api/journeys/{id}/measurements/csv',
      'POST /api/journeys/{id}/metrics',
      'POST /api/journeys/{id}/share-links',
      'POST /api/share/{token}/exports',
      'POST /api/workspaces',
      'POST /api/workspaces/{workspaceId}/api-keys',
      'POST /api/workspaces/{workspaceId}/exports',
      'POST /api/workspaces/{workspaceId}/invitations',
      'POST /api/workspaces/{workspaceId}/journeys',
      'POST /api/workspaces/{workspaceId}/journeys/import',
      'POST /api/workspaces/{workspaceId}/metric-definitions',
      'PUT /api/journeys/{id}/touchpoints/{touchpointId}/review-by',
    ]);
    for (const [name, operation] of bodies) {
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      expect([name, schema !== undefined]).toEqual([name, true]);
      expect(untypedPaths(document, schema ?? {}, name)).toEqual([]);
    }
  });

  it('types the operations of a change batch one by one, with their data, and its size limit', () => {
    const batch = resolve(document, '#/components/schemas/ChangeBatchDto');
    const ops = batch.properties?.['ops'];
    expect(ops?.maxItems).toBe(LIMITS.opsPerBatchMax);
    const variants = (ops?.items?.oneOf ?? []).map((variant) => resolve(document, variant.$ref ?? ''));
    const pairs = variants.map((v) => `${String(v.properties?.['op']?.enum)}/${String(v.properties?.['entity']?.enum)}`);
    expect(pairs.sort()).toEqual(
      ['create', 'update', 'delete'].flatMap((op) => ['stage', 'touchpoint', 'link'].map((entity) => `${op}/${entity}`)).sort(),
    );
    const data = (entity: string, op: string): Schema => {
      const variant = variants.find((v) => v.properties?.['op']?.enum?.[0] === op && v.properties?.['entity']?.enum?.[0] === entity);
      return variant?.properties?.['data'] ?? {};
    };
    expect(resolve(document, data('touchpoint', 'create').$ref ?? '').required).toEqual(
      expect.arrayContaining(['stageId', 'title', 'position', 'emotion']),
    );
    expect(data('stage', 'update').minProperties).toBe(1);
    expect(data('link', 'delete')).toEqual({});
  });

  it('types the share link answers, and keeps the workspace id out of what a link opens', () => {
    const [, open] = operations.find(([name]) => name === 'GET /api/share/{token}') ?? [];
    const schema = open?.responses['200']?.content?.['application/json']?.schema ?? {};
    expect(untypedPaths(document, schema, 'SharedJourney')).toEqual([]);
    const shared = resolve(document, schema.$ref ?? '');
    expect(Object.keys(shared.properties ?? {})).toEqual(['journey', 'persona', 'stages', 'touchpoints', 'links', 'share']);
    const journey = resolve(document, shared.properties?.['journey']?.$ref ?? '');
    expect(Object.keys(journey.properties ?? {})).not.toContain('workspaceId');
    expect(Object.keys(journey.properties ?? {})).toContain('revision');
    const [, create] = operations.find(([name]) => name === 'POST /api/journeys/{id}/share-links') ?? [];
    const created = create?.responses['201']?.content?.['application/json']?.schema ?? {};
    expect(untypedPaths(document, created, 'CreatedShareLink')).toEqual([]);
    expect(resolve(document, created.$ref ?? '').properties?.['token']?.type).toBe('string');
  });

  it('documents versions and revisions as integers', () => {
    const numbers = Object.entries(document.components.schemas).flatMap(([name, schema]) =>
      Object.entries(schema.properties ?? {})
        .filter(([property]) => ['version', 'revision'].includes(property))
        .map(([property, value]) => [`${name}.${property}`, value.type]),
    );
    expect(numbers.length).toBeGreaterThanOrEqual(8);
    for (const [name, type] of numbers) expect([name, type]).toEqual([name, 'integer']);
  });

  it('documents the ETag of a journey, its 304, and If-Match as optional', () => {
    const [, get] = operations.find(([name]) => name === 'GET /api/journeys/{id}') ?? [];
    expect(get?.responses['200']?.headers?.['ETag']).toBeDefined();
    expect(get?.responses['304']?.headers?.['ETag']).toBeDefined();
    expect(get?.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'If-None-Match', in: 'header' })]));
    const [, patch] = operations.find(([name]) => name === 'PATCH /api/journeys/{id}') ?? [];
    const ifMatch = patch?.parameters?.find((p) => p.name === 'If-Match');
    expect(ifMatch).toMatchObject({ in: 'header', required: false, description: expect.stringContaining('409') });
    expect(patch?.responses['200']?.headers?.['ETag']).toBeDefined();
  });
});
