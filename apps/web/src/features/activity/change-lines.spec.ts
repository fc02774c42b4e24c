import { describe, expect, it } from 'vitest';
import { changeLines } from './change-lines';

describe('changeLines', () => {
  it('words share links and API keys, never showing ids', () => {
    expect(changeLines('share_link.created', { shareLinkId: 'l1', label: null, allowExport: true, expiresAt: null })).toEqual([
      'No label',
      'Never expires',
      'Exports allowed: yes',
    ]);
    expect(changeLines('share_link.revoked', { shareLinkId: 'l1', label: 'Board', createdAt: '2026-05-01T08:00:00.000Z' })).toEqual([
      'Label: “Board”',
      'Created: 2026-05-01',
    ]);
    expect(changeLines('api_key.revoked', { apiKeyId: 'k1', name: 'Survey tool', scopes: ['read', 'ingest'] })).toEqual([
      'Name: “Survey tool”',
      'Scopes: read, ingest',
    ]);
  });

  it('words metric definitions, attachments and detachments', () => {
    expect(
      changeLines('metric_definition.created', {
        key: 'callback_kept',
        name: 'Callbacks kept',
        family: 'operational',
        kind: 'ratio',
        unit: 'percent',
        direction: 'higher',
        scale: { min: 0, max: 100 },
        appliesTo: ['touchpoint'],
      }),
    ).toEqual([
      'Key: callback_kept',
      'Name: “Callbacks kept”',
      'Family: operational',
      'Measured as: ratio',
      'Unit: percent',
      'Better when: higher',
      'Scale: 0 to 100',
      'Applies to: touchpoint',
    ]);
    expect(changeLines('metric.attached', { attachmentId: 'a1', metric: 'csat', target: 85, warning: 80, isKey: false })).toEqual([
      'Metric: csat',
      'Target: 85',
      'Warning: 80',
      'Key metric: no',
    ]);
    expect(changeLines('metric.detached', { metric: 'csat', target: 85, warning: 80, isKey: true, measurements: 12 })).toEqual([
      'Metric: csat',
      'Target: 85',
      'Warning: 80',
      'Key metric: yes',
      'Measurements deleted: 12',
    ]);
  });

  it('words changes to and deletions of custom metrics', () => {
    expect(
      changeLines('metric_definition.updated', {
        key: 'callback_kept',
        before: { name: 'Callbacks kept', family: 'operational' },
        after: { name: 'Callbacks on time', family: 'quality' },
      }),
    ).toEqual(['Key: callback_kept', 'Name: Callbacks kept → Callbacks on time', 'Family: operational → quality']);
    expect(changeLines('metric_definition.deleted', { key: 'callback_kept', name: 'Callbacks kept', kind: 'ratio', unit: 'percent' })).toEqual([
      'Key: callback_kept',
      'Name: “Callbacks kept”',
      'Measured as: ratio',
      'Unit: percent',
    ]);
  });

  it('leaves out fields of the wrong type, and leaves other actions to the generic view', () => {
    expect(changeLines('api_key.created', { name: 42, scopes: 'read' })).toEqual([]);
    expect(changeLines('measurements.recorded', { inserted: 1, updated: 0, groups: [{ metric: 'nps' }, 'x'] })).toEqual(['New: 1', 'Replaced: 0']);
    expect(changeLines('measurements.recorded', { inserted: 1, updated: 0, groups: [{ metric: 'nps', period: 'day', from: '2025-01-01', to: '2025-01-01', rows: 1 }] })).toEqual([
      'New: 1',
      'Replaced: 0',
      'nps, daily, 2025-01-01: 1 row',
    ]);
    expect(changeLines('journey.changed', { ops: [] })).toBeNull();
    expect(changeLines('member.role_changed', { before: { role: 'viewer' }, after: { role: 'editor' } })).toBeNull();
    expect(changeLines('share_link.created', null)).toBeNull();
  });
});
