import { BUILT_IN_METRICS, type MeasurementRowRequest, type MetricAttachmentDto } from '@cxmap/domain';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoutes, stubFetch } from '../../../testing/render-app';
import { attachment } from './given-metrics';
import { MetricsTab } from './metrics-tab';

const JOURNEY = 'journey-1';

function renderTab(attachments: MetricAttachmentDto[], readOnly: boolean) {
  const posted: unknown[] = [];
  const calls = stubFetch((method, path, body) => {
    if (path === '/api/workspaces/ws-1/metric-definitions') return { status: 200, body: BUILT_IN_METRICS };
    if (method === 'GET' && path === `/api/journeys/${JOURNEY}/metrics`) return { status: 200, body: attachments };
    if (method === 'GET' && path.endsWith('/measurements')) return { status: 200, body: [] };
    if (method === 'POST') {
      posted.push(body);
      return { status: 200, body: { inserted: 1, updated: 0 } };
    }
    return { status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } };
  });
  renderRoutes(
    [{ path: '/', element: <MetricsTab journeyId={JOURNEY} workspaceId="ws-1" element={{ kind: 'touchpoint', id: 'tp-1' }} readOnly={readOnly} /> }],
    '/',
  );
  return { calls, posted };
}

afterEach(cleanup);

describe('MetricsTab', () => {
  it('says there are no metrics yet and offers an editor to attach one', async () => {
    renderTab([attachment({ touchpointId: 'other' })], false);
    expect(await screen.findByText(/No metrics yet — attach CSAT, NPS/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Attach metric' })).toBeTruthy();
  });

  it('shows value, health, thresholds and the key flag of each attached metric', async () => {
    renderTab(
      [
        attachment({ metric: 'csat', score: 78.5, health: 'at_risk', target: 85, warning: 75, isKey: true, sampleSize: 12 }),
        attachment({ metric: 'fcr', score: null, target: 75, warning: 65 }),
      ],
      false,
    );
    const csat = await screen.findByRole('region', { name: 'Customer satisfaction (CSAT)' });
    expect(within(csat).getByTestId('metric-value').textContent).toBe('78.5%');
    expect(within(csat).getByText('At risk')).toBeTruthy();
    expect(within(csat).getByText('Target 85% · warning 75%')).toBeTruthy();
    expect(within(csat).getByLabelText('Key metric')).toBeTruthy();
    expect(within(csat).getByText(/small sample/)).toBeTruthy();
    const fcr = screen.getByRole('region', { name: 'First-contact resolution (FCR)' });
    expect(within(fcr).getByText('No data')).toBeTruthy();
    expect(within(fcr).getByText('No measurement yet.')).toBeTruthy();
  });

  it('read-only: values without any control that writes', async () => {
    renderTab([attachment({ metric: 'csat', score: 90, health: 'on_target' })], true);
    await screen.findByRole('region', { name: 'Customer satisfaction (CSAT)' });
    expect(screen.queryByRole('button', { name: 'Add measurement' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Attach metric' })).toBeNull();
    expect(screen.queryByRole('button', { name: /More actions/ })).toBeNull();
  });

  it('records a csat measurement from its five rating counts', async () => {
    const { posted } = renderTab([attachment({ id: 'att-csat', metric: 'csat', score: 90, health: 'on_target' })], false);
    fireEvent.click(await screen.findByRole('button', { name: 'Add measurement' }));
    const form = screen.getByRole('form', { name: 'Add a measurement of Customer satisfaction (CSAT)' });
    fireEvent.change(within(form).getByLabelText('Period start'), { target: { value: '2025-06-01' } });
    const counts = ['1', '0', '2', '10', '37'];
    counts.forEach((value, i) => fireEvent.change(within(form).getByLabelText(`${i + 1} ★`), { target: { value } }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save measurement' }));
    await waitFor(() => expect(posted).toHaveLength(1));
    const row: MeasurementRowRequest = { attachmentId: 'att-csat', period: 'month', periodStart: '2025-06-01', source: 'manual', ratings: [1, 0, 2, 10, 37] };
    expect(posted[0]).toEqual({ rows: [row] });
  });

  it('keeps a wrong measurement in the browser and says what is wrong', async () => {
    const { posted } = renderTab([attachment({ metric: 'csat', score: 90, health: 'on_target' })], false);
    fireEvent.click(await screen.findByRole('button', { name: 'Add measurement' }));
    const form = screen.getByRole('form', { name: /Add a measurement/ });
    fireEvent.change(within(form).getByLabelText('Period start'), { target: { value: '2025-06-03' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save measurement' }));
    expect(await within(form).findByText('a month starts on the 1st')).toBeTruthy();
    expect(within(form).getAllByText('Required')).toHaveLength(5);
    expect(posted).toHaveLength(0);
  });

  it('shows an error with a retry when the metrics cannot be loaded', async () => {
    stubFetch(() => ({ status: 500, body: { type: 'about:blank', title: 'Internal Server Error', status: 500 } }));
    renderRoutes([{ path: '/', element: <MetricsTab journeyId={JOURNEY} workspaceId="ws-1" element={{ kind: 'link', id: 'l1' }} readOnly={false} /> }], '/');
    expect(await screen.findByText('Metrics could not be loaded')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
