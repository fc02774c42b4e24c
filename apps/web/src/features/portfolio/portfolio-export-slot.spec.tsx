import type { ExportJobDto } from '@cxmap/domain';
import type { PortfolioReport } from '@cxmap/reports';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoutes, stubFetch } from '../../testing/render-app';
import { PortfolioExportSlot } from './portfolio-export-slot';

const REPORT = { journeys: [{ id: 'j1' }] } as unknown as PortfolioReport;
const JOB: ExportJobDto = {
  id: 'job1',
  journeyId: null,
  format: 'pdf',
  status: 'running',
  progress: 40,
  error: null,
  fileName: null,
  createdAt: '2026-12-05T10:00:00.000Z',
  expiresAt: '2026-12-05T11:00:00.000Z',
};

afterEach(cleanup);

describe('PortfolioExportSlot', () => {
  it('exports the range on screen as a PDF job and shows its progress', async () => {
    const bodies: unknown[] = [];
    stubFetch((method, path, body) => {
      if (method === 'POST' && path === '/api/workspaces/w1/exports') {
        bodies.push(body);
        return { status: 202, body: { ...JOB, status: 'queued', progress: 0 } };
      }
      if (method === 'GET' && path === '/api/exports/job1') return { status: 200, body: JOB };
      return { status: 404, body: { type: 'x', title: 'Not Found', status: 404 } };
    });
    renderRoutes([{ path: '/', element: <PortfolioExportSlot workspaceId="w1" range={{ from: '2026-01-01', to: '2026-06-30' }} report={REPORT} /> }], '/');
    fireEvent.click(screen.getByRole('button', { name: 'Export PDF' }));
    await waitFor(() => expect(bodies).toEqual([{ format: 'pdf', from: '2026-01-01', to: '2026-06-30' }]));
    expect(await screen.findByRole('progressbar')).toBeTruthy();
  }, 20_000);

  it('is disabled while there is no journey to report on', () => {
    stubFetch(() => ({ status: 404, body: {} }));
    renderRoutes([{ path: '/', element: <PortfolioExportSlot workspaceId="w1" range={null} report={{ journeys: [] } as unknown as PortfolioReport} /> }], '/');
    expect((screen.getByRole('button', { name: 'Export PDF' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
