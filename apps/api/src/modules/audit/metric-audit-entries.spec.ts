import { builtInMetric } from '@cxmap/domain';
import { measurementGroups, metricAuditEntries, type AuditedAttachment } from './metric-audit-entries';

const nps: AuditedAttachment = {
  id: 'a1',
  metric: { key: 'nps', name: 'Net Promoter Score (NPS)' },
  on: { kind: 'touchpoint', id: 't1', title: 'Pays' },
  thresholds: { target: 40, warning: 20, isKey: false },
};

describe('metricAuditEntries', () => {
  it('words an attachment with its target and thresholds', () => {
    expect(metricAuditEntries.attached({ ...nps, thresholds: { ...nps.thresholds, isKey: true } })).toEqual({
      action: 'metric.attached',
      summary: 'Attached Net Promoter Score (NPS) to the touchpoint “Pays”: target 40, warning 20, key metric',
      change: { attachmentId: 'a1', metric: 'nps', touchpointId: 't1', target: 40, warning: 20, isKey: true },
    });
    const onLink: AuditedAttachment = { ...nps, on: { kind: 'link', id: 'l1', label: '', from: 'Pays', to: 'Gets email' } };
    expect(metricAuditEntries.attached(onLink).summary).toBe('Attached Net Promoter Score (NPS) to the link “Pays” → “Gets email”: target 40, warning 20');
    expect(metricAuditEntries.attached({ ...onLink, on: { ...onLink.on, label: 'Hand-off' } as AuditedAttachment['on'] }).change).toMatchObject({
      linkId: 'l1',
    });
  });

  it('keeps only the changed thresholds of an update, and nothing for no change', () => {
    expect(metricAuditEntries.updated(nps, { target: 45, warning: 20, isKey: true })).toEqual({
      action: 'metric.updated',
      summary: 'Changed Net Promoter Score (NPS) on the touchpoint “Pays”: target 40 → 45, made it a key metric',
      change: { attachmentId: 'a1', metric: 'nps', touchpointId: 't1', before: { target: 40, isKey: false }, after: { target: 45, isKey: true } },
    });
    expect(metricAuditEntries.updated({ ...nps, thresholds: { ...nps.thresholds, isKey: true } }, nps.thresholds)?.summary).toBe(
      'Changed Net Promoter Score (NPS) on the touchpoint “Pays”: no longer a key metric',
    );
    expect(metricAuditEntries.updated(nps, { ...nps.thresholds })).toBeNull();
  });

  it('counts the measurements a detachment deletes', () => {
    expect(metricAuditEntries.detached(nps, 3)).toMatchObject({
      action: 'metric.detached',
      summary: 'Detached Net Promoter Score (NPS) from the touchpoint “Pays” and its 3 measurements',
      change: { attachmentId: 'a1', metric: 'nps', touchpointId: 't1', measurements: 3, target: 40 },
    });
    expect(metricAuditEntries.detached(nps, 0).summary).toBe('Detached Net Promoter Score (NPS) from the touchpoint “Pays”');
  });

  it('records a custom definition as created', () => {
    const csat = builtInMetric('csat');
    if (!csat) throw new Error('no csat');
    const entry = metricAuditEntries.definitionCreated({ ...csat, key: 'onb_csat', name: 'Onboarding CSAT', builtIn: false });
    expect(entry).toMatchObject({ action: 'metric_definition.created', summary: 'Added the custom metric “Onboarding CSAT” (onb_csat) to the catalog' });
    expect(entry.change).toMatchObject({ key: 'onb_csat', kind: csat.kind, appliesTo: csat.appliesTo });
  });

  it('records what changed in a custom definition, nothing when nothing did, and a deletion', () => {
    const csat = builtInMetric('csat');
    if (!csat) throw new Error('no csat');
    const before = { ...csat, key: 'onb_csat', name: 'Onboarding CSAT', builtIn: false };
    expect(metricAuditEntries.definitionUpdated(before, { ...before })).toBeNull();
    const entry = metricAuditEntries.definitionUpdated(before, { ...before, name: 'Welcome CSAT', family: 'operational' });
    expect(entry).toEqual({
      action: 'metric_definition.updated',
      summary: 'Changed the custom metric “Onboarding CSAT” (now “Welcome CSAT”): name, family quality → operational',
      change: { key: 'onb_csat', before: { name: 'Onboarding CSAT', family: 'quality' }, after: { name: 'Welcome CSAT', family: 'operational' } },
    });
    expect(metricAuditEntries.definitionDeleted(before)).toMatchObject({
      action: 'metric_definition.deleted',
      summary: 'Deleted the custom metric “Onboarding CSAT” (onb_csat) from the catalog',
      change: { key: 'onb_csat', name: 'Onboarding CSAT', kind: 'csat' },
    });
  });

  it('summarises a measurement batch by attachment and period, without its figures', () => {
    const groups = measurementGroups([
      { attachmentId: 'a1', metric: 'nps', period: 'month', periodStart: '2025-02-01' },
      { attachmentId: 'a1', metric: 'nps', period: 'month', periodStart: '2025-01-01' },
      { attachmentId: 'a2', metric: 'csat', period: 'week', periodStart: '2025-01-06' },
      { attachmentId: 'a1', metric: 'nps', period: 'month', periodStart: '2025-03-01' },
    ]);
    expect(groups).toEqual([
      { attachmentId: 'a1', metric: 'nps', period: 'month', from: '2025-01-01', to: '2025-03-01', rows: 3 },
      { attachmentId: 'a2', metric: 'csat', period: 'week', from: '2025-01-06', to: '2025-01-06', rows: 1 },
    ]);
    const names = new Map([
      ['nps', 'NPS'],
      ['csat', 'CSAT'],
    ]);
    expect(metricAuditEntries.measurementsRecorded(groups, names, { inserted: 3, updated: 1 })).toEqual({
      action: 'measurements.recorded',
      summary: 'Recorded 4 measurements of NPS and CSAT for 2025-01-01 to 2025-03-01 (3 new, 1 replaced)',
      change: { inserted: 3, updated: 1, groups },
    });
    const one = measurementGroups([{ attachmentId: 'a1', metric: 'nps', period: 'day', periodStart: '2025-01-01' }]);
    expect(metricAuditEntries.measurementsRecorded(one, names, { inserted: 0, updated: 1 }).summary).toBe(
      'Recorded 1 measurement of NPS for 2025-01-01 (1 replaced)',
    );
    const twoTouchpoints = measurementGroups([
      { attachmentId: 'a1', metric: 'nps', period: 'day', periodStart: '2025-01-01' },
      { attachmentId: 'a3', metric: 'nps', period: 'day', periodStart: '2025-01-01' },
    ]);
    expect(metricAuditEntries.measurementsRecorded(twoTouchpoints, names, { inserted: 2, updated: 0 }).summary).toBe(
      'Recorded 2 measurements of NPS on 2 elements for 2025-01-01 (2 new)',
    );
  });
});
