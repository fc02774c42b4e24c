import { METHODS } from 'node:http';
import type { Request } from 'express';

interface RouteLayer {
  route: { methods: Record<string, boolean | undefined> };
  match: (path: string) => unknown;
}

function isRouteLayer(layer: unknown): layer is RouteLayer {
  if (typeof layer !== 'object' || layer === null) return false;
  const candidate = layer as Partial<RouteLayer>;
  return (
    typeof candidate.match === 'function' &&
    typeof candidate.route === 'object' &&
    candidate.route !== null &&
    typeof candidate.route.methods === 'object'
  );
}

function routerStack(request: Request): readonly unknown[] {
  const app: unknown = request.app;
  const router: unknown = typeof app === 'object' || typeof app === 'function' ? (app as { router?: unknown }).router : undefined;
  const stack: unknown = typeof router === 'object' || typeof router === 'function' ? (router as { stack?: unknown }).stack : undefined;
  return Array.isArray(stack) ? stack : [];
}

/** `app.all()` (Nest's not-found fallback) registers every method: such a route is no resource. */
function isFallback(layer: RouteLayer): boolean {
  return METHODS.every((method) => layer.route.methods[method.toLowerCase()] === true);
}

/**
 * The methods that the app's routes answer on the request's path (GET implies HEAD), sorted; empty
 * when no route has this path. Reads Express's route table, so it needs no list of its own.
 */
export function allowedMethods(request: Request): string[] {
  const methods = new Set<string>();
  for (const layer of routerStack(request)) {
    if (!isRouteLayer(layer) || isFallback(layer)) continue;
    let matches: unknown;
    try {
      matches = layer.match(request.path);
    } catch {
      matches = false; // a malformed %-escape in the path: no route matches it
    }
    if (!matches) continue;
    for (const [method, handled] of Object.entries(layer.route.methods)) {
      if (handled && method !== '_all') methods.add(method.toUpperCase());
    }
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}
