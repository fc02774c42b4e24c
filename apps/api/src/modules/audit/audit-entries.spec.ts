import type { ChangeOp } from '@cxmap/domain';
import { packOps } from '@cxmap/journey-format';
import { auditEntries } from './audit-entries';
import { readableChange } from './audit-rows';

const journey = { id: 'j1', name: 'Onboarding' };
const fields = { name: 'Onboarding', description: '', state: 'current', status: 'draft' };
const ada = { userId: 'u1', name: 'Ada', email: 'ada@example.test', role: 'editor' as const };

describe('auditEntries', () => {
  it('words member changes with role labels and keeps before/after', () => {
    expect(auditEntries.memberRoleChanged(ada, 'owner')).toEqual({
      action: 'member.role_changed',
      summary: 'Changed Ada’s role from Editor to Owner',
      change: { userId: 'u1', name: 'Ada', email: 'ada@example.test', before: { role: 'editor' }, after: { role: 'owner' } },
    });
    expect(auditEntries.memberRemoved(ada).summary).toBe('Removed Ada (Editor) from the workspace');
    expect(auditEntries.memberLeft(ada)).toMatchObject({ action: 'member.left', summary: 'Left the workspace (was Editor)' });
  });

  it('names the template a journey came from, or the content a seed laid out', () => {
    expect(auditEntries.journeyCreated(journey, 'service-lifecycle', []).summary).toBe(
      'Created the journey “Onboarding” from the Service lifecycle template',
    );
    expect(auditEntries.journeyCreated(journey, 'blank', []).summary).toBe('Created the journey “Onboarding”');
    const ops: ChangeOp[] = [
      { op: 'create', entity: 'stage', id: 's', data: { name: 'Buy', phase: 'purchase', order: 0, customerGoal: '', description: '' } },
    ];
    const created = auditEntries.journeyCreated(journey, null, ops);
    expect(created).toMatchObject({ journey, summary: 'Created the journey “Onboarding”: added stage “Buy”' });
    expect(readableChange(created.change as Record<string, unknown>)).toEqual({ template: null, ops });
  });

  it('tells a journey rename from other edits and keeps only the changed fields', () => {
    expect(auditEntries.journeyUpdated('j1', fields, { ...fields, name: 'Signup' })).toEqual({
      action: 'journey.renamed',
      journey: { id: 'j1', name: 'Signup' },
      summary: 'Renamed the journey “Onboarding” to “Signup”',
      change: { before: { name: 'Onboarding' }, after: { name: 'Signup' } },
    });
    expect(auditEntries.journeyUpdated('j1', fields, { ...fields, status: 'published', description: 'New' })).toEqual({
      action: 'journey.updated',
      journey,
      summary: 'Updated the journey “Onboarding”: description, status → published',
      change: { before: { description: '', status: 'draft' }, after: { description: 'New', status: 'published' } },
    });
    expect(auditEntries.journeyUpdated('j1', fields, { ...fields })).toBeNull();
    // Rows carry more columns (revision, timestamps): only the four journey fields count.
    const row = { ...fields, revision: 1, updated_at: new Date(1) };
    const bumped = { ...row, revision: 2, updated_at: new Date(2) };
    expect(auditEntries.journeyUpdated('j1', row, bumped)).toBeNull();
  });

  it('summarises a batch with describeOps and keeps its ops, packed', () => {
    const ops: ChangeOp[] = [
      { op: 'delete', entity: 'touchpoint', id: 't', version: 2 },
      { op: 'update', entity: 'touchpoint', id: 'a', version: 4, data: { position: { x: 1, y: 2 } } },
      { op: 'update', entity: 'touchpoint', id: 'b', version: 1, data: { position: { x: 3, y: 4 } } },
    ];
    const entry = auditEntries.journeyChanged(journey, ops);
    expect(entry).toMatchObject({ action: 'journey.changed', journey, summary: 'Moved 2 touchpoints, deleted 1 touchpoint' });
    expect(entry.change).toEqual({
      opRuns: [
        { op: 'delete', entity: 'touchpoint', id: ['t'], version: [2] },
        { op: 'update', entity: 'touchpoint', id: ['a', 'b'], version: [4, 1], data: [{ name: 'position', keys: ['x', 'y'], values: [[1, 3], [2, 4]] }] },
      ],
    });
    expect(readableChange(entry.change as Record<string, unknown>)).toEqual({ ops });
  });

  it('shows older events, stored with plain ops, as they are', () => {
    const change = { ops: [{ op: 'delete', entity: 'touchpoint', id: 't', version: 2 }] };
    expect(readableChange(change)).toBe(change);
    expect(readableChange(null)).toBeNull();
  });

  it('says which format a journey was imported from', () => {
    const ops: ChangeOp[] = [
      { op: 'create', entity: 'stage', id: 's', data: { name: 'Buy', phase: 'purchase', order: 0, customerGoal: '', description: '' } },
    ];
    const imported = auditEntries.journeyImported(journey, 'mermaid', ops);
    expect(imported).toMatchObject({
      action: 'journey.imported',
      journey,
      summary: 'Imported the journey “Onboarding” from a Mermaid journey: added stage “Buy”',
    });
    expect(readableChange(imported.change as Record<string, unknown>)).toEqual({ format: 'mermaid', ops });
    expect(auditEntries.journeyImported(journey, 'ojf', []).summary).toBe('Imported the journey “Onboarding” from an OpenJourney file');
    const brought = { metrics: 2, measurements: 24, annotations: 1, replies: 0 };
    expect(auditEntries.journeyImported(journey, 'cxmap', [], brought)).toMatchObject({
      summary: 'Imported the journey “Onboarding” from a CXMap journey document; with 2 metrics, 24 measurements, 1 annotation',
      change: { format: 'cxmap', opRuns: packOps([]), with: brought },
    });
    // Nothing besides the graph: no `with`.
    expect(auditEntries.journeyImported(journey, 'ojf', [], { metrics: 0, measurements: 0, annotations: 0, replies: 0 }).change).toEqual({ format: 'ojf', opRuns: packOps([]) });
  });

  it('records a share link’s terms, never a token', () => {
    const link = { id: 'l1', label: 'Board', allowExport: false, createdAt: '2026-05-01T10:00:00.000Z', expiresAt: '2026-06-12T23:00:00.000Z' };
    expect(auditEntries.shareLinkCreated(link)).toEqual({
      action: 'share_link.created',
      summary: 'Created a share link “Board” (expires 2026-06-12, no exports)',
      change: { shareLinkId: 'l1', label: 'Board', allowExport: false, expiresAt: '2026-06-12T23:00:00.000Z' },
    });
    const plain = { ...link, label: null, allowExport: true, expiresAt: null };
    expect(auditEntries.shareLinkCreated(plain).summary).toBe('Created a share link (never expires, exports allowed)');
    expect(auditEntries.shareLinkRevoked(link)).toMatchObject({ action: 'share_link.revoked', summary: 'Revoked the share link “Board”' });
    expect(auditEntries.shareLinkRevoked(plain).summary).toBe('Revoked a share link created 2026-05-01');
  });

  it('records an API key’s name and scopes only', () => {
    const key = { id: 'k1', name: 'Survey sync', scopes: ['read', 'ingest'] as const };
    expect(auditEntries.apiKeyCreated(key)).toEqual({
      action: 'api_key.created',
      summary: 'Created the API key “Survey sync” (scopes read, ingest)',
      change: { apiKeyId: 'k1', name: 'Survey sync', scopes: ['read', 'ingest'] },
    });
    expect(auditEntries.apiKeyRevoked({ ...key, scopes: ['ingest'] }).summary).toBe('Revoked the API key “Survey sync” (scope ingest)');
  });
});
