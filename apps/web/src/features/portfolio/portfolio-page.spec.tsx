import type { MeResponse, Role } from '@cxmap/domain';
import type { PortfolioJourney, PortfolioReport } from '@cxmap/reports';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { MeContext } from '../../app/me-context';
import { renderRoutes, stubFetch, type FetchHandler } from '../../testing/render-app';
import { AppHeader } from '../../ui/app-header';
import { PortfolioPage } from './portfolio-page';

function journey(id: string, name: string, overrides: Partial<PortfolioJourney> = {}): PortfolioJourney {
  return {
    id,
    name,
    state: 'current',
    status: 'published',
    stageCount: 4,
    touchpointCount: 10,
    health: { on_target: 0, at_risk: 0, off_target: 0, no_data: 0 },
    overallHealth: 'no_data',
    openPains: { low: 0, medium: 0, high: 0, critical: 0 },
    trend: null,
    updatedAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

const ORDER = journey('j1', 'Online order', {
  touchpointCount: 22,
  health: { on_target: 3, at_risk: 1, off_target: 1, no_data: 1 },
  overallHealth: 'off_target',
  openPains: { low: 1, medium: 2, high: 0, critical: 2 },
  trend: 'worsening',
});
const RETURNS = journey('j2', 'Returns', {
  status: 'draft',
  state: 'future',
  touchpointCount: 6,
  health: { on_target: 2, at_risk: 0, off_target: 0, no_data: 0 },
  overallHealth: 'on_target',
  trend: 'improving',
});
const ONBOARDING = journey('j3', 'Onboarding', { touchpointCount: 0, stageCount: 0 });

const REPORT: PortfolioReport = {
  generatedAt: '2026-12-05T10:00:00.000Z',
  range: { from: '2026-01-01', to: '2026-12-31' },
  workspace: { id: 'ws1', name: 'Acme' },
  journeys: [ORDER, ONBOARDING, RETURNS],
  totals: {
    journeys: 3,
    touchpoints: 28,
    health: { on_target: 5, at_risk: 1, off_target: 1, no_data: 1 },
    openPains: { low: 1, medium: 2, high: 0, critical: 2 },
  },
};

function me(role: Role): MeResponse {
  return { user: { id: 'u1', email: 'ada@acme.com', name: 'Ada Owner' }, workspaces: [{ id: 'ws1', name: 'Acme', role }] };
}

function renderPortfolio(handler: FetchHandler, { role = 'viewer' as Role, path = '/w/ws1/portfolio' } = {}) {
  const calls = stubFetch(handler);
  const rendered = renderRoutes(
    [
      {
        element: (
          <MeContext value={me(role)}>
            <Outlet />
          </MeContext>
        ),
        children: [
          { path: '/w/:workspaceId/portfolio', element: <PortfolioPage /> },
          { path: '/w/:workspaceId/journeys/:journeyId', element: <p>Canvas page</p> },
          { path: '/w/:workspaceId', element: <p>Journeys page</p> },
        ],
      },
    ],
    path,
  );
  return { calls, router: rendered.router };
}

const answer = (body: PortfolioReport): FetchHandler => () => ({ status: 200, body });
const rowNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1, -1)
    .map((row) => within(row).getAllByRole('cell')[0]?.querySelector('a')?.textContent);

afterEach(() => cleanup());

describe('PortfolioPage', { timeout: 20_000 }, () => {
  it('lists every journey with status, touchpoints, health, critical pains and trend, and a totals row', async () => {
    const { calls } = renderPortfolio(answer(REPORT));
    const table = await screen.findByRole('table', { name: 'Journeys of the portfolio' });
    expect(calls).toEqual(['GET /api/workspaces/ws1/portfolio']);
    // Worst health first by default.
    expect(rowNames(table)).toEqual(['Online order', 'Returns', 'Onboarding']);

    const order = within(table).getByRole('link', { name: 'Online order' }).closest('tr') as HTMLElement;
    expect(within(order).getByText('Published')).toBeTruthy();
    expect(within(order).getByText('22')).toBeTruthy();
    expect(within(order).getByRole('img', { name: 'Key metrics: 3 on target, 1 at risk, 1 off target, 1 without data' })).toBeTruthy();
    expect(within(order).getByText('3 of 6 on target')).toBeTruthy();
    expect(within(order).getByLabelText('2 open critical pain points').textContent).toBe('2');
    expect(within(order).getByText('+3 other open')).toBeTruthy();
    expect(within(order).getByText('Worsening')).toBeTruthy();

    const returns = within(table).getByRole('link', { name: 'Returns' }).closest('tr') as HTMLElement;
    expect(within(returns).getByText('Draft')).toBeTruthy();
    expect(within(returns).getByText('Future state')).toBeTruthy();
    expect(within(returns).getByLabelText('No open critical pain points')).toBeTruthy();
    expect(within(returns).getByText('Improving')).toBeTruthy();
    const onboarding = within(table).getByRole('link', { name: 'Onboarding' }).closest('tr') as HTMLElement;
    expect(within(onboarding).getByText('No key metrics')).toBeTruthy();
    expect(within(onboarding).getByText('No trend')).toBeTruthy();

    const totals = within(table).getByRole('rowheader', { name: 'All journeys (3)' }).closest('tr') as HTMLElement;
    expect(within(totals).getByText('28')).toBeTruthy();
    expect(within(totals).getByText('5 of 8 on target')).toBeTruthy();
    expect(within(totals).getByLabelText('2 open critical pain points')).toBeTruthy();
    expect(screen.getByText(/Metrics from 1 Jan 2026 to 31 Dec 2026/)).toBeTruthy();
  });

  it('sorts by a column when its header is clicked, and the other way round on a second click', async () => {
    renderPortfolio(answer(REPORT));
    const table = await screen.findByRole('table', { name: 'Journeys of the portfolio' });
    const header = within(table).getByRole('columnheader', { name: /Touchpoints/ });
    expect(header.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    expect(rowNames(table)).toEqual(['Online order', 'Returns', 'Onboarding']);
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(rowNames(table)).toEqual(['Onboarding', 'Returns', 'Online order']);
    fireEvent.click(within(within(table).getByRole('columnheader', { name: /Journey/ })).getByRole('button'));
    expect(rowNames(table)).toEqual(['Onboarding', 'Online order', 'Returns']);
  });

  it('opens a journey on the canvas from its name', async () => {
    const { router } = renderPortfolio(answer(REPORT));
    fireEvent.click(await screen.findByRole('link', { name: 'Returns' }));
    await screen.findByText('Canvas page');
    expect(router.state.location.pathname).toBe('/w/ws1/journeys/j2');
  });

  it('asks the API for the range picked, and keeps it in the address', async () => {
    const { calls, router } = renderPortfolio(answer(REPORT));
    await screen.findByRole('table', { name: 'Journeys of the portfolio' });
    fireEvent.click(screen.getByLabelText('Metrics range', { selector: 'input' }));
    fireEvent.click(await screen.findByRole('option', { name: 'Last year' }));
    const year = new Date().getUTCFullYear() - 1;
    await waitFor(() => expect(calls).toContain(`GET /api/workspaces/ws1/portfolio?from=${year}-01-01&to=${year}-12-31`));
    expect(router.state.location.search).toBe(`?from=${year}-01-01&to=${year}-12-31`);
  });

  it('takes a custom range and refuses one that ends before it starts', async () => {
    const { calls } = renderPortfolio(answer(REPORT), { path: '/w/ws1/portfolio?from=2025-02-01&to=2025-02-28' });
    await screen.findByRole('table', { name: 'Journeys of the portfolio' });
    expect(calls).toEqual(['GET /api/workspaces/ws1/portfolio?from=2025-02-01&to=2025-02-28']);
    const form = screen.getByRole('form', { name: 'Custom range' });
    fireEvent.change(within(form).getByLabelText('From'), { target: { value: '2025-03-10' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Apply' }));
    expect(await within(form).findByText('The end comes before the start')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('To'), { target: { value: '2025-04-20' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Apply' }));
    await waitFor(() => expect(calls).toContain('GET /api/workspaces/ws1/portfolio?from=2025-03-10&to=2025-04-20'));
  });

  it('shows a skeleton while loading', async () => {
    renderPortfolio(() => ({ status: 200, body: REPORT }));
    expect(screen.getByLabelText('Loading the portfolio').getAttribute('aria-busy')).toBe('true');
    await screen.findByRole('table', { name: 'Journeys of the portfolio' });
    expect(screen.queryByLabelText('Loading the portfolio')).toBeNull();
  });

  it('says there are no journeys yet, with a way to create one for editors only', async () => {
    const empty: PortfolioReport = { ...REPORT, journeys: [], totals: { ...REPORT.totals, journeys: 0, touchpoints: 0 } };
    renderPortfolio(answer(empty), { role: 'editor' });
    expect(await screen.findByText('No journeys yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Create a journey' }).getAttribute('href')).toBe('/w/ws1');
    cleanup();
    renderPortfolio(answer(empty), { role: 'viewer' });
    expect(await screen.findByText('No journeys yet')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Create a journey' })).toBeNull();
  });

  it('shows an error with a retry that loads the portfolio', async () => {
    let fail = true;
    const { calls } = renderPortfolio(() =>
      fail ? { status: 503, body: { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'The database is not reachable.' } } : { status: 200, body: REPORT },
    );
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The portfolio could not be loaded')).toBeTruthy();
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByRole('table', { name: 'Journeys of the portfolio' });
    expect(calls).toHaveLength(2);
  });
});

describe('AppHeader portfolio link', () => {
  const props = {
    user: { id: 'u1', email: 'ada@acme.com', name: 'Ada Owner' },
    workspaces: [{ id: 'ws1', name: 'Acme', role: 'viewer' as const }],
    currentWorkspace: { id: 'ws1', name: 'Acme', role: 'viewer' as const },
    homeHref: '/w/ws1',
    settingsHref: '/w/ws1/settings',
    activityHref: null,
    onSelectWorkspace: () => undefined,
    onCreateWorkspace: () => undefined,
    onLogout: () => undefined,
  };

  it('links to the portfolio when given a link', () => {
    renderRoutes([{ path: '/', element: <AppHeader {...props} portfolioHref="/w/ws1/portfolio" /> }], '/');
    expect(screen.getByRole('link', { name: 'Portfolio' }).getAttribute('href')).toBe('/w/ws1/portfolio');
    cleanup();
    renderRoutes([{ path: '/', element: <AppHeader {...props} portfolioHref={null} /> }], '/');
    expect(screen.queryByRole('link', { name: 'Portfolio' })).toBeNull();
  });
});
