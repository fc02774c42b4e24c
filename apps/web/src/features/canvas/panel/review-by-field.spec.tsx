import { addDays, localIsoDate, nextReviewBy } from '@cxmap/domain';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoutes, stubFetch } from '../../../testing/render-app';
import { ReviewByField, reviewStatus } from './review-by-field';

const JOURNEY = 'journey-1';
const today = localIsoDate(new Date());

function renderField(reviewBy: string | null, canEdit: boolean) {
  const writes: Array<{ path: string; body: unknown }> = [];
  stubFetch((method, path, body) => {
    if (method === 'GET') return { status: 200, body: { targets: [], reviewBy: reviewBy ? { 'tp-1': reviewBy } : {} } };
    writes.push({ path, body });
    const sent = (body as { reviewBy: string | null }).reviewBy;
    return { status: 200, body: { touchpointId: 'tp-1', reviewBy: sent } };
  });
  renderRoutes([{ path: '/', element: <ReviewByField journeyId={JOURNEY} touchpointId="tp-1" canEdit={canEdit} /> }], '/');
  return writes;
}

afterEach(cleanup);

describe('reviewStatus', () => {
  it('reads overdue, due today and due later', () => {
    expect(reviewStatus('2026-03-01', '2026-03-04')).toEqual({ label: 'Overdue by 3 days', overdue: true });
    expect(reviewStatus('2026-03-04', '2026-03-04')).toEqual({ label: 'Due today', overdue: false });
    expect(reviewStatus('2026-03-05', '2026-03-04')).toEqual({ label: 'Due in 1 day', overdue: false });
  });
});

describe('ReviewByField', { timeout: 20_000 }, () => {
  it('shows an overdue date in red, and marks the touchpoint reviewed for the next interval', async () => {
    const writes = renderField(addDays(today, -12), true);
    expect((await screen.findByTestId('review-status')).textContent).toBe('Overdue by 12 days');
    const input = screen.getByLabelText(/Review by/) as HTMLInputElement;
    expect(input.value).toBe(addDays(today, -12));
    fireEvent.click(screen.getByRole('button', { name: /Mark reviewed/ }));
    await waitFor(() => expect(writes).toEqual([{ path: `/api/journeys/${JOURNEY}/touchpoints/tp-1/review-by`, body: { reviewBy: nextReviewBy(today) } }]));
    await waitFor(() => expect(screen.getByTestId('review-status').textContent).toBe('Due in 90 days'));
  });

  it('saves a picked date and clears it', async () => {
    const writes = renderField(null, true);
    const input = (await screen.findByLabelText(/Review by/)) as HTMLInputElement;
    await waitFor(() => expect(input.disabled).toBe(false));
    expect(screen.queryByTestId('review-status')).toBeNull();
    fireEvent.change(input, { target: { value: '2031-05-02' } });
    await waitFor(() => expect(writes).toHaveLength(1));
    fireEvent.click(await screen.findByRole('button', { name: 'Clear the review date' }));
    await waitFor(() => expect(writes.map((w) => w.body)).toEqual([{ reviewBy: '2031-05-02' }, { reviewBy: null }]));
  });

  it('read-only: the date and its status, no control', async () => {
    renderField(addDays(today, -1), false);
    expect((await screen.findByTestId('review-status')).textContent).toBe('Overdue by 1 day');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
