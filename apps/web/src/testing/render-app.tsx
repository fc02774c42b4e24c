import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { theme } from '../app/theme';

installBrowserStubs();

/** Renders routes at `path` with the app's providers; queries never retry, so failures show at once. */
export function renderRoutes(routes: RouteObject[], path: string): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const result = render(<Providers client={queryClient}><RouterProvider router={router} /></Providers>);
  return { ...result, router };
}

function Providers({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <MantineProvider theme={theme} env="test">
      <QueryClientProvider client={client}>
        <ModalsProvider labels={{ confirm: 'Confirm', cancel: 'Cancel' }}>
          <Notifications />
          {children}
        </ModalsProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}

export type FetchHandler = (
  method: string,
  path: string,
  body: unknown,
  headers: Headers,
  search: URLSearchParams,
) => { status: number; body?: unknown };

/** Answers the app's fetch calls from `handler`; returns the list of calls made, as "METHOD /api/path". */
export function stubFetch(handler: FetchHandler): string[] {
  const calls: string[] = [];
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    // The calls list shows the query string (`?cursor=` of the next page); the handler gets it apart.
    calls.push(`${method} ${url.pathname}${url.search}`);
    const requestBody: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const answer = handler(method, url.pathname, requestBody, new Headers(init?.headers), url.searchParams);
    const text = answer.body === undefined ? null : JSON.stringify(answer.body);
    return new Response(answer.status === 204 ? null : text, {
      status: answer.status,
      headers: { 'Content-Type': 'application/json' },
    });
  };
  return calls;
}

/** jsdom lacks a few browser APIs that Mantine uses. */
function installBrowserStubs(): void {
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => undefined,
        removeListener: () => undefined,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        dispatchEvent: () => false,
      }) satisfies MediaQueryList;
  }
  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.assign(window, { ResizeObserver: ResizeObserverStub });
  }
  Element.prototype.scrollIntoView ??= () => undefined;
  if (!('fonts' in document)) {
    const fonts = { addEventListener: () => undefined, removeEventListener: () => undefined, ready: Promise.resolve() };
    Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
  }
}
