import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ROUTES, routePath, type PreparedRequest } from './route-table';

type Verb = 'get' | 'post' | 'patch' | 'put' | 'delete';
const VERBS: readonly Verb[] = ['get', 'post', 'patch', 'put', 'delete'];

function isVerb(value: string): value is Verb {
  return (VERBS as readonly string[]).includes(value);
}

/** Sends the prepared request of route `key` with `headers` (credentials). */
export function send(app: INestApplication, key: string, prepared: PreparedRequest, headers: Record<string, string>): request.Test {
  const { method, path } = routePath(key, prepared.params);
  const verb = method.toLowerCase();
  if (!isVerb(verb)) throw new Error(`${key}: unsupported method`);
  const test = request(app.getHttpServer())[verb](path).set(headers);
  if (key.endsWith('/events')) test.buffer(true).parse(untilStreamOpens);
  if (prepared.query !== undefined) test.query(prepared.query);
  return prepared.body === undefined ? test : test.send(prepared.body as object);
}

/** The operations of the live OpenAPI document, as `METHOD /path` keys. */
export async function documentedOperations(app: INestApplication): Promise<string[]> {
  return Object.keys(await documentedStatuses(app));
}

interface DocumentedOperation {
  responses?: Record<string, unknown>;
  security?: Record<string, unknown>[];
}

async function documentOperations(app: INestApplication): Promise<[string, DocumentedOperation][]> {
  const response = await request(app.getHttpServer()).get('/api/docs-json').expect(200);
  const paths = (response.body as { paths: Record<string, Record<string, DocumentedOperation>> }).paths;
  return Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]): [string, DocumentedOperation] => [`${method.toUpperCase()} ${path}`, operation]),
  );
}

/** Per operation of the live OpenAPI document (`METHOD /path`), the statuses it documents. */
export async function documentedStatuses(app: INestApplication): Promise<Record<string, number[]>> {
  return Object.fromEntries(
    (await documentOperations(app)).map(([key, operation]) => [key, Object.keys(operation.responses ?? {}).map(Number)]),
  );
}

/** The operations whose security lists the API-key scheme (`@AllowApiKey()`), sorted. */
export async function documentedApiKeyOperations(app: INestApplication): Promise<string[]> {
  return (await documentOperations(app))
    .filter(([, operation]) => (operation.security ?? []).some((scheme) => 'apiKey' in scheme))
    .map(([key]) => key)
    .sort();
}

/** Where the route table and the document disagree: operations without an entry, entries without an operation. */
export function tableCoverage(documented: readonly string[]): { missingFromTable: string[]; notInDocument: string[] } {
  const table = new Set(Object.keys(ROUTES));
  const document = new Set(documented);
  return {
    missingFromTable: [...document].filter((key) => !table.has(key)).sort(),
    notInDocument: [...table].filter((key) => !document.has(key)).sort(),
  };
}

type Parser = Parameters<request.Test['parse']>[0];

/**
 * For event streams (`…/events`), which never end: the answer is complete once the stream's first
 * line is in (the connection is then dropped); a refused stream is read whole, its JSON parsed.
 */
export const untilStreamOpens: Parser = (res, done) => {
  let text = '';
  let finished = false;
  const finish = (): void => {
    if (finished) return;
    finished = true;
    const streaming = String(res.headers['content-type'] ?? '').startsWith('text/event-stream');
    let body: unknown = text;
    if (!streaming) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    done(null, body);
    if (streaming) (res as unknown as { destroy(): void }).destroy();
  };
  res.setEncoding('utf8');
  res.on('data', (chunk: string) => {
    text += chunk;
    if (String(res.headers['content-type'] ?? '').startsWith('text/event-stream')) finish();
  });
  res.on('end', finish);
};
