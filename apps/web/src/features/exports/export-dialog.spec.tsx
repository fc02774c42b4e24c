import type { ExportJobDto } from '@cxmap/domain';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderRoutes, stubFetch, type FetchHandler } from '../../testing/render-app';
import { isMapContent, wholeMapFrame } from './canvas-image';
import { ExportDialog } from './export-dialog';

const JOB: ExportJobDto = {
  id: 'job1',
  journeyId: 'j1',
  format: 'pdf',
  status: 'queued',
  progress: 0,
  error: null,
  fileName: null,
  createdAt: '2026-12-05T10:00:00.000Z',
  expiresAt: '2026-12-05T11:00:00.000Z',
};

function renderDialog(handler: FetchHandler) {
  const calls = stubFetch(handler);
  renderRoutes(
    [
      {
        path: '/',
        element: (
          <ExportDialog opened onClose={() => undefined} target={{ kind: 'journey', journeyId: 'j1' }} journeyName="Online order" mapBounds={{ x: 0, y: 0, width: 800, height: 600 }} cardCount={0} />
        ),
      },
    ],
    '/',
  );
  return calls;
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('ExportDialog', () => {
  it('starts a PDF job with the chosen sections, range and comments, shows its progress, then downloads the file', async () => {
    const bodies: unknown[] = [];
    let polls = 0;
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(`${this.getAttribute('href')} as ${this.download}`);
    });
    renderDialog((method, path, body) => {
      if (method === 'POST' && path === '/api/journeys/j1/exports') {
        bodies.push(body);
        return { status: 202, body: JOB };
      }
      if (method === 'GET' && path === '/api/exports/job1') {
        polls += 1;
        return polls === 1
          ? { status: 200, body: { ...JOB, status: 'running', progress: 40 } }
          : { status: 200, body: { ...JOB, status: 'done', progress: 100, fileName: 'online-order-2026-12-05.pdf' } };
      }
      return { status: 404, body: { type: 'x', title: 'Not Found', status: 404 } };
    });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Trends' }));
    fireEvent.change(screen.getByLabelText('Metrics from'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('Metrics to'), { target: { value: '2026-03-31' } });
    fireEvent.click(screen.getByRole('switch', { name: /Include comments/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));

    expect(await screen.findByText(/Drawing the report… 40 %/, {}, { timeout: 8000 })).toBeTruthy();
    expect(await screen.findByText(/is ready/, {}, { timeout: 8000 })).toBeTruthy();
    expect(bodies).toEqual([
      {
        format: 'pdf',
        sections: ['summary', 'emotion', 'map', 'stages', 'pains', 'handoffs', 'comments'],
        from: '2026-01-01',
        to: '2026-03-31',
        includeComments: true,
      },
    ]);
    await waitFor(() => expect(clicked).toEqual(['/api/exports/job1/file as online-order-2026-12-05.pdf']), { timeout: 8000 });
  }, 20_000);

  it('shows a failed job’s reason and starts again on "Try again"', async () => {
    let posts = 0;
    renderDialog((method, path) => {
      if (method === 'POST') {
        posts += 1;
        return { status: 202, body: JOB };
      }
      if (path === '/api/exports/job1') return { status: 200, body: { ...JOB, status: 'failed', error: 'The report could not be made.' } };
      return { status: 404, body: { type: 'x', title: 'Not Found', status: 404 } };
    });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText('The report could not be made.', {}, { timeout: 8000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(posts).toBe(2), { timeout: 8000 });
  }, 20_000);

  it('puts the server’s field errors on the fields, and refuses half a range before sending', async () => {
    renderDialog(() => ({
      status: 400,
      body: { type: 'x', title: 'The request is invalid', status: 400, errors: [{ path: 'from', message: 'from must be a date, YYYY-MM-DD' }] },
    }));
    fireEvent.change(screen.getByLabelText('Metrics from'), { target: { value: '2026-01-01' } });
    expect(screen.getByText('Give both dates, or neither')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Export' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Metrics to'), { target: { value: '2026-02-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(await screen.findByText('from must be a date, YYYY-MM-DD', {}, { timeout: 8000 })).toBeTruthy();
  }, 20_000);

  it('offers the whole map or the current view for images', () => {
    renderDialog(() => ({ status: 404, body: {} }));
    fireEvent.click(screen.getByText('PNG', { exact: true }));
    expect(screen.getByRole('radio', { name: 'Whole map' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Current view' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: 'Trends' })).toBeNull();
  }, 20_000);
});

describe('ExportDialog report formats', () => {
  it('sends an Excel export without sections (a workbook has every sheet) and offers its comments switch', async () => {
    const bodies: unknown[] = [];
    renderDialog((method, path, body) => {
      if (method === 'POST' && path === '/api/journeys/j1/exports') {
        bodies.push(body);
        return { status: 202, body: { ...JOB, format: 'xlsx' } };
      }
      return { status: 200, body: { ...JOB, format: 'xlsx', status: 'running', progress: 10 } };
    });
    fireEvent.click(screen.getByText('Excel', { exact: true }));
    expect(screen.queryByRole('checkbox', { name: 'Trends' })).toBeNull();
    fireEvent.click(screen.getByRole('switch', { name: 'Include comments, ideas and opportunities' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(bodies).toEqual([{ format: 'xlsx', includeComments: true }]));
  }, 20_000);

  it('offers no comments for CSV, and the open formats for a member', () => {
    renderDialog(() => ({ status: 404, body: {} }));
    fireEvent.click(screen.getByText('CSV', { exact: true }));
    expect(screen.queryByRole('switch', { name: 'Include comments, ideas and opportunities' })).toBeNull();
    expect(screen.getByRole('button', { name: /Journey document \(JSON\)/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /Mermaid text/ })).toBeTruthy();
  }, 20_000);
});

describe('canvas images', () => {
  it('frames the whole map at 1:1 with a margin, and scales a huge map down to 4096 px', () => {
    expect(wholeMapFrame({ x: 0, y: 0, width: 1000, height: 500 })).toMatchObject({ width: 1048, height: 548 });
    const huge = wholeMapFrame({ x: 0, y: 0, width: 10_000, height: 1000 });
    expect(huge.width).toBe(4096);
    expect(huge.height).toBeLessThan(1000);
  });

  it('leaves the minimap and controls out of the picture', () => {
    const minimap = document.createElement('div');
    minimap.className = 'react-flow__minimap';
    const node = document.createElement('div');
    node.className = 'react-flow__node';
    const button = document.createElement('button');
    expect([isMapContent(minimap), isMapContent(node), isMapContent(button), isMapContent(document.createTextNode('x'))]).toEqual([false, true, false, true]);
  });

  it('keeps a stage name (a plain button with text) but leaves out the editing controls and link hit areas', () => {
    const stageName = document.createElement('button');
    stageName.textContent = 'Awareness';
    const newStage = document.createElement('button');
    newStage.className = 'mantine-Button-root';
    newStage.textContent = 'New stage';
    const moveIcon = document.createElement('button');
    moveIcon.className = 'mantine-ActionIcon-root';
    moveIcon.append(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    const hitArea = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    hitArea.setAttribute('class', 'react-flow__edge-interaction');
    expect([stageName, newStage, moveIcon, hitArea].map(isMapContent)).toEqual([true, false, false, false]);
  });
});
