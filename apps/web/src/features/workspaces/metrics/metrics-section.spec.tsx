import { BUILT_IN_METRICS, type MetricDefinitionDto } from '@cxmap/domain';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoutes, stubFetch } from '../../../testing/render-app';
import { MetricsSection } from './metrics-section';

const BASE = '/api/workspaces/ws1/metric-definitions';
const CUSTOM: MetricDefinitionDto = {
  key: 'callbacks_kept',
  name: 'Callbacks kept',
  description: 'Promised callbacks made on time',
  family: 'operational',
  unit: 'percent',
  scale: { min: 0, max: 100 },
  direction: 'higher',
  kind: 'ratio',
  valuePooling: null,
  appliesTo: ['touchpoint'],
  computation: 'Summed numerators ÷ summed denominators × 100.',
  builtIn: false,
  version: 3,
};

function renderSection(
  canEdit: boolean,
  custom: MetricDefinitionDto[] | (() => MetricDefinitionDto[]) = [CUSTOM],
  deleteAnswer: { status: number; body?: unknown } = { status: 204 },
) {
  const writes: Array<{ method: string; path: string; body: unknown; query?: string }> = [];
  stubFetch((method, path, body, _headers, query) => {
    if (method === 'GET') return { status: 200, body: [...BUILT_IN_METRICS, ...(typeof custom === 'function' ? custom() : custom)] };
    writes.push({ method, path, body, ...(query.toString() === '' ? {} : { query: query.toString() }) });
    if (method === 'DELETE') return deleteAnswer;
    return { status: method === 'POST' ? 201 : 200, body: { ...CUSTOM, ...(body as object) } };
  });
  renderRoutes([{ path: '/', element: <MetricsSection workspaceId="ws1" canEdit={canEdit} /> }], '/');
  return writes;
}

afterEach(cleanup);

describe('MetricsSection', { timeout: 30_000 }, () => {
  it('lists the custom metrics only; readers get no control', async () => {
    renderSection(false);
    const list = await screen.findByRole('list', { name: 'Custom metrics' });
    expect(within(list).getAllByRole('listitem').map((item) => item.getAttribute('aria-label'))).toEqual(['Callbacks kept']);
    expect(within(list).getByText('callbacks_kept')).toBeTruthy();
    expect(within(list).getByText('Promised callbacks made on time')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add metric' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Edit|Delete/ })).toBeNull();
  });

  it('says when there are none', async () => {
    renderSection(true, []);
    expect(await screen.findByText('No custom metrics yet.')).toBeTruthy();
  });

  it('adds a metric: the key follows the name, the fields are checked, then it is posted', async () => {
    const writes = renderSection(true, []);
    fireEvent.click(await screen.findByRole('button', { name: 'Add metric' }));
    const form = await screen.findByRole('form', { name: 'Add a metric' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Wait on hold' } });
    expect((within(form).getByLabelText(/^Key/) as HTMLInputElement).value).toBe('wait_on_hold');
    fireEvent.change(within(form).getByLabelText('Scale from'), { target: { value: '10' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add metric' }));
    expect(await within(form).findByText('Give both ends of the scale, or neither')).toBeTruthy();
    expect(writes).toEqual([]);
    fireEvent.change(within(form).getByLabelText('Scale from'), { target: { value: '' } });
    fireEvent.change(within(form).getByLabelText('Unit'), { target: { value: 'seconds' } });
    fireEvent.change(within(form).getByLabelText('Better when'), { target: { value: 'lower' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add metric' }));
    await waitFor(() => expect(writes).toHaveLength(1));
    expect(writes[0]).toEqual({
      method: 'POST',
      path: BASE,
      body: { key: 'wait_on_hold', name: 'Wait on hold', description: '', family: 'quality', unit: 'seconds', kind: 'mean', direction: 'lower', scale: null, appliesTo: ['touchpoint'] },
    });
  });

  it('edits the name, description and family only, sending what changed', async () => {
    const writes = renderSection(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Callbacks kept' }));
    const form = await screen.findByRole('form', { name: 'Edit Callbacks kept' });
    expect(within(form).queryByLabelText(/^Key/)).toBeNull();
    expect(within(form).queryByLabelText('Unit')).toBeNull();
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Callbacks on time ' } });
    fireEvent.change(within(form).getByLabelText('Family'), { target: { value: 'quality' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(writes).toEqual([{ method: 'PATCH', path: `${BASE}/callbacks_kept`, body: { version: 3, name: 'Callbacks on time', family: 'quality' } }]));
  });

  it('after a 409 (someone changed the metric meanwhile) says so, reloads the catalog and saves on the latest version', async () => {
    let stored: MetricDefinitionDto = CUSTOM;
    const writes: unknown[] = [];
    const calls = stubFetch((method, _path, body) => {
      if (method === 'GET') return { status: 200, body: [...BUILT_IN_METRICS, stored] };
      writes.push(body);
      if ((body as { version: number }).version !== stored.version) {
        const detail = `The metric callbacks_kept is now at version ${stored.version}; reload it and try again.`;
        return { status: 409, body: { type: 'x', title: 'Conflict', status: 409, code: 'VERSION_CONFLICT', detail } };
      }
      stored = { ...stored, ...(body as object), version: stored.version + 1 };
      return { status: 200, body: stored };
    });
    renderRoutes([{ path: '/', element: <MetricsSection workspaceId="ws1" canEdit /> }], '/');
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Callbacks kept' }));
    const form = await screen.findByRole('form', { name: 'Edit Callbacks kept' });
    // Someone else renames it (version 4) while our form is open on version 3.
    stored = { ...CUSTOM, name: 'Callbacks returned', version: 4 };
    fireEvent.change(within(form).getByLabelText('Family'), { target: { value: 'financial' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('Someone changed this metric meanwhile — reloaded; check and save again.');
    expect(writes).toEqual([{ version: 3, family: 'financial' }]);
    await waitFor(() => expect(calls.filter((call) => call.startsWith('GET'))).toHaveLength(2));
    // The reloaded name shows in the list and in the form (left as loaded); the family typed over stays.
    expect(await screen.findByRole('listitem', { name: 'Callbacks returned' })).toBeTruthy();
    await waitFor(() => expect((within(form).getByLabelText('Name') as HTMLInputElement).value).toBe('Callbacks returned'));
    expect((within(form).getByLabelText('Family') as HTMLSelectElement).value).toBe('financial');
    // Saving again goes on top of version 4, keeps their name and closes the form.
    fireEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(form.isConnected).toBe(false));
    expect(writes).toEqual([
      { version: 3, family: 'financial' },
      { version: 4, family: 'financial' },
    ]);
    expect(stored).toMatchObject({ name: 'Callbacks returned', family: 'financial', version: 5 });
  });

  it('deletes after confirming, and says why when the metric is still attached', async () => {
    const detail = 'Callbacks kept is attached 3 times in 2 journeys; detach it there first.';
    const writes = renderSection(true, [CUSTOM], { status: 409, body: { type: 'x', title: 'In use', status: 409, code: 'METRIC_IN_USE', detail } });
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Callbacks kept' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Callbacks kept”?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete metric' }));
    // The version the list was read at travels with the delete.
    await waitFor(() => expect(writes).toEqual([{ method: 'DELETE', path: `${BASE}/callbacks_kept`, body: undefined, query: 'version=3' }]));
    expect(await screen.findByText(detail)).toBeTruthy();
    expect(screen.getByText('“Callbacks kept” was not deleted')).toBeTruthy();
  });

  it('after a 409 VERSION_CONFLICT on delete (someone changed the metric meanwhile) says so, reloads the catalog and deletes on the latest version', async () => {
    let current: MetricDefinitionDto = CUSTOM;
    let answer: { status: number; body?: unknown } = {
      status: 409,
      body: { type: 'x', title: 'Conflict', status: 409, code: 'VERSION_CONFLICT', detail: 'The metric callbacks_kept is now at version 4; reload it and try again.' },
    };
    const writes: Array<{ method: string; query: string }> = [];
    stubFetch((method, _path, _body, _headers, query) => {
      if (method === 'GET') return { status: 200, body: [...BUILT_IN_METRICS, current] };
      writes.push({ method, query: query.toString() });
      const given = answer;
      if (given.status === 409) current = { ...CUSTOM, name: 'Callbacks returned', version: 4 };
      return given;
    });
    renderRoutes([{ path: '/', element: <MetricsSection workspaceId="ws1" canEdit /> }], '/');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Callbacks kept' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Delete “Callbacks kept”?' })).getByRole('button', { name: 'Delete metric' }));
    expect(await screen.findByText('Someone changed this metric meanwhile — reloaded; check it and delete again if you still mean to.')).toBeTruthy();
    // Reloaded: the list shows the new name, and a second delete sends the latest version.
    answer = { status: 204 };
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Callbacks returned' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Delete “Callbacks returned”?' })).getByRole('button', { name: 'Delete metric' }));
    await waitFor(() => expect(writes).toEqual([
      { method: 'DELETE', query: 'version=3' },
      { method: 'DELETE', query: 'version=4' },
    ]));
  });
});
