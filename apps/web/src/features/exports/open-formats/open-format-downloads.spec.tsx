import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { theme } from '../../../app/theme';
import '../../../testing/render-app';
import { fileNameOf } from './download-file';
import { OpenFormatDownloads } from './open-format-downloads';

function renderDownloads() {
  return render(
    <MantineProvider theme={theme} env="test">
      <OpenFormatDownloads journeyId="j1" journeyName="onboarding" />
    </MantineProvider>,
  );
}

describe('OpenFormatDownloads', () => {
  const saved: Array<{ href: string; download: string }> = [];
  let resolveFetch: ((response: Response) => void) | null = null;
  const requested: string[] = [];

  beforeEach(() => {
    saved.length = 0;
    requested.length = 0;
    globalThis.fetch = vi.fn(async (input: RequestInfo | URL) => {
      requested.push(String(input));
      return new Promise<Response>((resolve) => (resolveFetch = resolve));
    }) as typeof fetch;
    URL.createObjectURL = vi.fn(() => 'blob:journey');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
  });

  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('downloads the journey document under the name the server gives, showing progress meanwhile', async () => {
    renderDownloads();
    fireEvent.click(screen.getByRole('button', { name: 'Journey document (JSON)' }));
    expect(requested).toEqual(['/api/journeys/j1/document']);
    // While it loads, the other format waits.
    await waitFor(() => expect((screen.getByRole('button', { name: 'Mermaid text' }) as HTMLButtonElement).disabled).toBe(true));
    resolveFetch?.(new Response('{"format":"cxmap.journey"}', { status: 200, headers: { 'Content-Disposition': 'attachment; filename="onboarding.cxmap.json"' } }));
    await waitFor(() => expect(saved).toEqual([{ href: 'blob:journey', download: 'onboarding.cxmap.json' }]));
    expect((screen.getByRole('button', { name: 'Mermaid text' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('downloads Mermaid text from its own route', async () => {
    renderDownloads();
    fireEvent.click(screen.getByRole('button', { name: 'Mermaid text' }));
    expect(requested).toEqual(['/api/journeys/j1/mermaid']);
    resolveFetch?.(new Response('journey\n  title Onboarding\n', { status: 200 }));
    // No Content-Disposition: the journey's name and the format's extension.
    await waitFor(() => expect(saved).toEqual([{ href: 'blob:journey', download: 'onboarding.mmd' }]));
  });

  it('says why a download failed, and can be tried again', async () => {
    renderDownloads();
    fireEvent.click(screen.getByRole('button', { name: 'Journey document (JSON)' }));
    resolveFetch?.(new Response(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404 }), { status: 404 }));
    expect((await screen.findByRole('alert')).textContent).toContain('This journey no longer exists, or you no longer have access to it.');
    expect(saved).toEqual([]);
    expect((screen.getByRole('button', { name: 'Journey document (JSON)' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('reads the file name of a Content-Disposition header', () => {
    expect(fileNameOf('attachment; filename="a-b.mmd"', 'x')).toBe('a-b.mmd');
    expect(fileNameOf(null, 'fallback.mmd')).toBe('fallback.mmd');
  });
});
