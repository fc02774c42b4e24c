import { BUILT_IN_METRICS, type MeasurementCsvLineDto, type MeasurementCsvResponse } from '@cxmap/domain';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoutes, stubFetch } from '../../../../testing/render-app';
import { ImportMeasurementsButton } from './import-measurements-modal';

const OK_LINE: MeasurementCsvLineDto = {
  line: 2,
  status: 'ok',
  errors: [],
  target: 'Checkout',
  on: 'touchpoint',
  attachmentId: 'a1',
  metric: 'nps',
  period: 'month',
  periodStart: '2026-01-01',
  dimension: '',
  score: 30,
  sampleSize: 100,
  smallSample: false,
  replaces: true,
};

const BAD_LINE: MeasurementCsvLineDto = {
  ...OK_LINE,
  line: 3,
  status: 'error',
  errors: [{ field: 'touchpoint', message: "no touchpoint is called 'Nowhere'" }],
  target: null,
  attachmentId: null,
  score: null,
  replaces: false,
};

function answer(lines: MeasurementCsvLineDto[], dryRun: boolean): MeasurementCsvResponse {
  const ok = lines.filter((line) => line.status === 'ok').length;
  return { dryRun, lines, fileErrors: [], ok, failed: lines.length - ok, inserted: 0, updated: ok };
}

afterEach(() => cleanup());

describe('Import measurements', () => {
  it('previews the pasted file on the server, keeps Apply off while a line is bad, then applies it', async () => {
    const applied: string[] = [];
    stubFetch((method, path, body, _headers, search) => {
      if (method === 'GET' && path === '/api/workspaces/ws1/metric-definitions') return { status: 200, body: BUILT_IN_METRICS };
      if (method === 'POST' && path === '/api/journeys/j1/measurements/csv') {
        const csv = (body as { csv: string }).csv;
        const lines = csv.includes('Nowhere') ? [OK_LINE, BAD_LINE] : [OK_LINE];
        if (search.get('dryRun') === 'false') applied.push(csv);
        return { status: 200, body: answer(lines, search.get('dryRun') === 'true') };
      }
      return { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } };
    });
    renderRoutes([{ path: '/', element: <ImportMeasurementsButton journeyId="j1" workspaceId="ws1" /> }], '/');
    fireEvent.click(await screen.findByRole('button', { name: 'Import measurements' }));
    const dialog = await screen.findByRole('dialog', { name: 'Import measurements' });
    const text = within(dialog).getByLabelText('CSV');

    fireEvent.change(text, { target: { value: 'touchpoint,metric\nCheckout,nps\nNowhere,nps' } });
    const preview = await within(dialog).findByRole('region', { name: 'Measurement preview' }, { timeout: 5000 });
    await within(preview).findByText('1 row ready, 1 with errors');
    expect(within(preview).getByText("touchpoint: no touchpoint is called 'Nowhere'")).toBeTruthy();
    const rows = within(preview).getAllByRole('row');
    expect(rows[2]?.getAttribute('aria-invalid')).toBe('true');
    expect(rows[1]?.textContent).toContain('30');
    expect((within(dialog).getByRole('button', { name: /^Apply/ }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(text, { target: { value: 'touchpoint,metric\nCheckout,nps' } });
    await within(dialog).findByText('1 row ready', {}, { timeout: 5000 });
    expect(within(dialog).getByText('replaces')).toBeTruthy();
    const apply = within(dialog).getByRole('button', { name: 'Apply 1 row' });
    await waitFor(() => expect((apply as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(apply);
    await screen.findByText('Measurements imported');
    expect(applied).toEqual(['touchpoint,metric\nCheckout,nps']);
  });
});
