import type { ImportJourneyRequest, MeResponse, Role } from '@cxmap/domain';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Outlet } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { MeContext } from '../../app/me-context';
import { renderRoutes, stubFetch, type FetchHandler } from '../../testing/render-app';
import { JourneysPage } from '../journeys/journeys-page';
import { sampleJourneyDocument } from '@cxmap/journey-format/testing';

const ME: MeResponse = {
  user: { id: 'u1', email: 'ada@acme.com', name: 'Ada' },
  workspaces: [{ id: 'ws1', name: 'Acme Care', role: 'owner' }],
};

const MERMAID = 'journey\n  title My day\n  section Go to work\n    Make tea: 5: Me\n    Do work: 1: Me, Cat\n  section Go home\n    Sit down: 9: Me\n';

const OJF = JSON.stringify({
  stages: [{ id: 's1', name: 'Checkout' }],
  swimlanes: [{ id: 'l1', name: 'Pain Points' }],
  nodes: [{ stageId: 's1', swimlaneId: 'l1', title: 'Hidden fees', score: -3, severity: 'high', purpose: 'pain-point' }],
});

function renderPage(handler: FetchHandler, role: Role = 'owner') {
  const calls = stubFetch((method, path, body, headers, search) =>
    method === 'GET' && path === '/api/workspaces/ws1/journeys' ? { status: 200, body: { items: [], nextCursor: null } } : handler(method, path, body, headers, search),
  );
  const me: MeResponse = { ...ME, workspaces: ME.workspaces.map((w) => ({ ...w, role })) };
  const view = renderRoutes(
    [
      {
        element: (
          <MeContext value={me}>
            <Outlet />
          </MeContext>
        ),
        children: [
          { path: '/w/:workspaceId', element: <JourneysPage /> },
          { path: '/w/:workspaceId/journeys/:journeyId', element: <p>canvas</p> },
        ],
      },
    ],
    '/w/ws1',
  );
  return { ...view, calls };
}

async function openImport() {
  fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
  return screen.findByRole('dialog', { name: 'Import a journey' });
}

const notFound = () => ({ status: 404, body: { type: 'about:blank', title: 'Not Found', status: 404 } });

afterEach(() => cleanup());

describe('Import a journey', () => {
  it('previews a pasted Mermaid journey, imports it and opens its canvas', async () => {
    const sent: ImportJourneyRequest[] = [];
    const { router } = renderPage((method, path, body) => {
      if (method === 'POST' && path === '/api/workspaces/ws1/journeys/import') {
        sent.push(body as ImportJourneyRequest);
        return { status: 201, body: { id: 'j9', workspaceId: 'ws1', name: 'My day', warnings: [] } };
      }
      return notFound();
    });
    const dialog = await openImport();
    fireEvent.change(within(dialog).getByLabelText('Mermaid journey text'), { target: { value: MERMAID } });

    const preview = await within(dialog).findByRole('region', { name: 'Import preview' });
    expect(preview.textContent).toContain('“My day”: 2 stages · 3 touchpoints');
    const rows = within(preview).getAllByRole('row').map((row) => row.textContent);
    expect(rows).toEqual(['StageTouchpoints', 'Go to work2', 'Go home1']);
    // A score outside 1–5 is announced with its line.
    expect(within(preview).getByRole('list', { name: 'Warnings' }).textContent).toContain('Line 7: Score "9" is not a whole number from 1 to 5');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Import journey' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/w/ws1/journeys/j9'));
    expect(sent).toEqual([{ format: 'mermaid', content: MERMAID }]);
  });

  it('lists the lines of a file that cannot be imported and does not send it', async () => {
    const { calls } = renderPage(notFound);
    const dialog = await openImport();
    fireEvent.change(within(dialog).getByLabelText('Mermaid journey text'), {
      target: { value: 'journey\n  section Step 1: Context\n    Enter name: 5: Founder\n    Oops\n' },
    });
    const problems = await within(dialog).findByRole('list', { name: 'Problems' });
    expect(within(problems).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      "Line 2: A section name cannot contain ':' (Mermaid rejects it).",
      'Line 4: "Oops" is neither a section nor a task: a task is \'<name>: <score>: <actors>\', e.g. \'Make tea: 5: Me\'.',
    ]);
    const submit = within(dialog).getByRole('button', { name: 'Import journey' });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(submit);
    expect(calls.filter((call) => call.startsWith('POST'))).toEqual([]);
  });

  it('reads a chosen .ojf file, switches the format and previews its pain points', async () => {
    const sent: ImportJourneyRequest[] = [];
    renderPage((method, _path, body) => {
      if (method === 'POST') sent.push(body as ImportJourneyRequest);
      return { status: 201, body: { id: 'j2', workspaceId: 'ws1', name: 'x', warnings: [] } };
    });
    const dialog = await openImport();
    const input = dialog.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    const file = new File([OJF], 'checkout.ojf', { type: 'application/json' });
    fireEvent.change(input, { target: { files: [file] } });

    await within(dialog).findByText('checkout.ojf');
    expect((within(dialog).getByRole('radio', { name: 'OpenJourney (.ojf)' }) as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByLabelText('OpenJourney JSON') as HTMLTextAreaElement).value).toBe(OJF);
    const preview = await within(dialog).findByRole('region', { name: 'Import preview' });
    expect(preview.textContent).toContain('1 stage · 1 touchpoint');
    expect(preview.textContent).toContain('1 pain point');
    fireEvent.change(within(dialog).getByLabelText(/^Name/), { target: { value: '  Checkout pains ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import journey' }));
    await waitFor(() => expect(sent).toEqual([{ format: 'ojf', content: OJF, name: 'Checkout pains' }]));
  });

  it('previews a CSV grid row by row, red where a value is wrong, and imports it once fixed', async () => {
    const sent: ImportJourneyRequest[] = [];
    renderPage((method, _path, body) => {
      if (method === 'POST') sent.push(body as ImportJourneyRequest);
      return { status: 201, body: { id: 'j3', workspaceId: 'ws1', name: 'Grid', warnings: [] } };
    });
    const dialog = await openImport();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'CSV grid' }));
    const text = within(dialog).getByLabelText(/^CSV: a row per touchpoint/);
    fireEvent.change(text, { target: { value: 'stage,title,channel,emotion\nDiscovery,Reads reviews,Review site,1\nPurchase,Pays,fax,0' } });
    const preview = await within(dialog).findByRole('region', { name: 'Import preview' });
    expect(preview.textContent).toContain('1 row ready, 1 with errors');
    const rows = within(preview).getAllByRole('row').map((row) => row.textContent);
    expect(rows[1]).toBe('2DiscoveryReads reviewsReview siteCustomer actions+1');
    expect(rows[3]).toContain("channel: 'fax' is not a channel");
    expect((within(dialog).getByRole('button', { name: 'Import journey' }) as HTMLButtonElement).disabled).toBe(true);

    const fixed = 'stage,title,channel,emotion\nDiscovery,Reads reviews,Review site,1\nPurchase,Pays,web,0';
    fireEvent.change(text, { target: { value: fixed } });
    await within(dialog).findByText(/2 stages · 2 touchpoints: Discovery, Purchase/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Import journey' }));
    await waitFor(() => expect(sent).toEqual([{ format: 'csv', content: fixed }]));
  });

  it('shows the lines the server refuses', async () => {
    renderPage(() => ({
      status: 422,
      body: {
        type: 'urn:cxmap:problem:import-invalid',
        title: 'The file cannot be imported',
        status: 422,
        code: 'IMPORT_INVALID',
        errors: [{ path: 'content', line: 3, message: 'Server says no.' }],
      },
    }));
    const dialog = await openImport();
    fireEvent.change(within(dialog).getByLabelText('Mermaid journey text'), { target: { value: MERMAID } });
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Import journey' }));
    const problems = await within(dialog).findByRole('list', { name: 'Problems' });
    expect(problems.textContent).toContain('Line 3: Server says no.');
  });

  it('recognises a pasted CXMap document, previews what it holds and imports it', async () => {
    const sent: ImportJourneyRequest[] = [];
    const { router } = renderPage((method, path, body) => {
      if (method === 'POST' && path === '/api/workspaces/ws1/journeys/import') {
        sent.push(body as ImportJourneyRequest);
        return { status: 201, body: { id: 'j7', workspaceId: 'ws1', name: 'Broadband sign-up', warnings: [] } };
      }
      return notFound();
    });
    const dialog = await openImport();
    const text = JSON.stringify(sampleJourneyDocument(), null, 2);
    fireEvent.change(within(dialog).getByLabelText('Mermaid journey text'), { target: { value: text } });

    expect((within(dialog).getByRole('radio', { name: 'CXMap document (.json)' }) as HTMLInputElement).checked).toBe(true);
    const preview = await within(dialog).findByRole('region', { name: 'Import preview' });
    expect(preview.textContent).toContain('“Broadband sign-up” · for Sam');
    const counts = within(preview).getByLabelText('What the document holds').textContent;
    expect(counts).toContain('3 stages');
    expect(counts).toContain('4 touchpoints');
    expect(counts).toContain('2 links');
    expect(counts).toContain('3 metrics');
    expect(counts).toContain('4 measurements');
    expect(counts).toContain('2 annotations');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Import journey' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/w/ws1/journeys/j7'));
    expect(sent).toEqual([{ format: 'cxmap', content: text }]);
  });

  it('names the JSON path and line of every problem in a CXMap document, and does not send it', async () => {
    const { calls } = renderPage(notFound);
    const dialog = await openImport();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'CXMap document (.json)' }));
    const doc = sampleJourneyDocument();
    doc.stages[2] = { ...doc.stages[2], name: ' ' };
    doc.touchpoints[0] = { ...doc.touchpoints[0], stageId: 's9' };
    const text = JSON.stringify(doc, null, 2);
    fireEvent.change(within(dialog).getByLabelText('CXMap journey document (JSON)'), { target: { value: text } });
    const problems = await within(dialog).findByRole('list', { name: 'Problems' });
    const lineOf = (needle: string) => text.split('\n').findIndex((row) => row.includes(needle)) + 1;
    expect(within(problems).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      `stages[2].name, line ${lineOf('"name": " "')}: must not be blank`,
    ]);
    expect((within(dialog).getByRole('button', { name: 'Import journey' }) as HTMLButtonElement).disabled).toBe(true);
    expect(calls.filter((call) => call.startsWith('POST'))).toEqual([]);
  });

  it('reads a chosen .json CXMap document as one, not as OpenJourney', async () => {
    renderPage(notFound);
    const dialog = await openImport();
    const input = dialog.ownerDocument.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) throw new Error('no file input');
    fireEvent.change(input, { target: { files: [new File([JSON.stringify(sampleJourneyDocument())], 'broadband.cxmap.json', { type: 'application/json' })] } });
    await within(dialog).findByText('broadband.cxmap.json');
    expect((within(dialog).getByRole('radio', { name: 'CXMap document (.json)' }) as HTMLInputElement).checked).toBe(true);
    expect((await within(dialog).findByRole('region', { name: 'Import preview' })).textContent).toContain('Broadband sign-up');
  });

  it('is not offered to readers', async () => {
    renderPage(notFound, 'viewer');
    await screen.findByText('View only');
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
  });
});
