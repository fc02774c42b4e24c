import { definitionFields, type AuditedMeasurementGroup, type MetricDefinition } from '@cxmap/domain';
import type { AuditEntry } from './audit-recorder';

/**
 * What metric changes record (the journey is added by the recorder). Pure, like `auditEntries`.
 * A measurement batch keeps which attachments and periods it touched and how many rows, not the
 * figures: those are in the measurements table (and readable there), and a batch of 1,000 rows
 * would otherwise copy them all into the log.
 */

export interface AuditedMetric {
  key: string;
  name: string;
}

/** The touchpoint or link a metric is attached to, named for people. */
export type AuditedMetricTarget =
  | { kind: 'touchpoint'; id: string; title: string }
  | { kind: 'link'; id: string; label: string; from: string; to: string };

export interface MetricThresholds {
  target: number;
  warning: number;
  isKey: boolean;
}

export interface AuditedAttachment {
  id: string;
  metric: AuditedMetric;
  on: AuditedMetricTarget;
  thresholds: MetricThresholds;
}

const THRESHOLD_FIELDS: ReadonlyArray<keyof MetricThresholds> = ['target', 'warning', 'isKey'];
/** What may change in a custom metric. */
const DEFINITION_FIELDS = ['name', 'description', 'family'] as const;

const quote = (name: string): string => `“${name}”`;

function targetName(on: AuditedMetricTarget): string {
  if (on.kind === 'touchpoint') return `the touchpoint ${quote(on.title)}`;
  return on.label === '' ? `the link ${quote(on.from)} → ${quote(on.to)}` : `the link ${quote(on.label)}`;
}

function targetRef(on: AuditedMetricTarget): { touchpointId: string } | { linkId: string } {
  return on.kind === 'touchpoint' ? { touchpointId: on.id } : { linkId: on.id };
}

function describeThresholds(thresholds: MetricThresholds): string {
  return `target ${thresholds.target}, warning ${thresholds.warning}${thresholds.isKey ? ', key metric' : ''}`;
}

function describeChange(field: keyof MetricThresholds, before: MetricThresholds, after: MetricThresholds): string {
  if (field === 'isKey') return after.isKey ? 'made it a key metric' : 'no longer a key metric';
  return `${field} ${before[field]} → ${after[field]}`;
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** "A", "A and B", "A, B and 2 more". */
function listNames(names: readonly string[], max = 3): string {
  if (names.length <= 1) return names[0] ?? '';
  const shown = names.slice(0, names.length > max ? max - 1 : names.length - 1);
  const rest = names.length - shown.length;
  return `${shown.join(', ')} and ${rest === 1 ? names[names.length - 1] : `${rest} more`}`;
}

export const metricAuditEntries = {
  definitionCreated(definition: MetricDefinition): AuditEntry {
    return {
      action: 'metric_definition.created',
      summary: `Added the custom metric ${quote(definition.name)} (${definition.key}) to the catalog`,
      change: definitionFields(definition),
    };
  },

  /** Null when nothing changed (same name, description and family). */
  definitionUpdated(before: MetricDefinition, after: MetricDefinition): AuditEntry | null {
    const fields = DEFINITION_FIELDS.filter((field) => before[field] !== after[field]);
    if (fields.length === 0) return null;
    const pick = (source: MetricDefinition) => Object.fromEntries(fields.map((field) => [field, source[field]]));
    const renamed = before.name !== after.name ? ` (now ${quote(after.name)})` : '';
    const what = fields.map((field) => (field === 'family' ? `family ${before.family} → ${after.family}` : field)).join(', ');
    return {
      action: 'metric_definition.updated',
      summary: `Changed the custom metric ${quote(before.name)}${renamed}: ${what}`,
      change: { key: before.key, before: pick(before), after: pick(after) },
    };
  },

  definitionDeleted(definition: MetricDefinition): AuditEntry {
    return {
      action: 'metric_definition.deleted',
      summary: `Deleted the custom metric ${quote(definition.name)} (${definition.key}) from the catalog`,
      change: { key: definition.key, name: definition.name, family: definition.family, unit: definition.unit, kind: definition.kind },
    };
  },

  attached(attachment: AuditedAttachment): AuditEntry {
    return {
      action: 'metric.attached',
      summary: `Attached ${attachment.metric.name} to ${targetName(attachment.on)}: ${describeThresholds(attachment.thresholds)}`,
      change: { attachmentId: attachment.id, metric: attachment.metric.key, ...targetRef(attachment.on), ...attachment.thresholds },
    };
  },

  /** Null when the patch changed nothing (same target, warning and key flag). */
  updated(attachment: AuditedAttachment, after: MetricThresholds): AuditEntry | null {
    const before = attachment.thresholds;
    const fields = THRESHOLD_FIELDS.filter((field) => before[field] !== after[field]);
    if (fields.length === 0) return null;
    const pick = (source: MetricThresholds) => Object.fromEntries(fields.map((field) => [field, source[field]]));
    return {
      action: 'metric.updated',
      summary: `Changed ${attachment.metric.name} on ${targetName(attachment.on)}: ${fields.map((field) => describeChange(field, before, after)).join(', ')}`,
      change: { attachmentId: attachment.id, metric: attachment.metric.key, ...targetRef(attachment.on), before: pick(before), after: pick(after) },
    };
  },

  /** The attachment's measurements go with it (cascade): their count says what was lost. */
  detached(attachment: AuditedAttachment, measurements: number): AuditEntry {
    const lost = measurements === 0 ? '' : ` and its ${plural(measurements, 'measurement')}`;
    return {
      action: 'metric.detached',
      summary: `Detached ${attachment.metric.name} from ${targetName(attachment.on)}${lost}`,
      change: { attachmentId: attachment.id, metric: attachment.metric.key, ...targetRef(attachment.on), ...attachment.thresholds, measurements },
    };
  },

  /** One event per accepted batch; `names` holds the metric names by key. */
  measurementsRecorded(
    groups: readonly AuditedMeasurementGroup[],
    names: ReadonlyMap<string, string>,
    result: { inserted: number; updated: number },
  ): AuditEntry {
    const rows = groups.reduce((sum, group) => sum + group.rows, 0);
    const metrics = [...new Set(groups.map((group) => group.metric))].map((key) => names.get(key) ?? key);
    const attachments = new Set(groups.map((group) => group.attachmentId)).size;
    const on = attachments > metrics.length ? ` on ${attachments} elements` : '';
    const from = groups.reduce((min, group) => (group.from < min ? group.from : min), groups[0]?.from ?? '');
    const to = groups.reduce((max, group) => (group.to > max ? group.to : max), groups[0]?.to ?? '');
    const span = from === to ? `for ${from}` : `for ${from} to ${to}`;
    const counts = [result.inserted > 0 ? `${result.inserted} new` : '', result.updated > 0 ? `${result.updated} replaced` : ''].filter(Boolean);
    return {
      action: 'measurements.recorded',
      summary: `Recorded ${plural(rows, 'measurement')} of ${listNames(metrics)}${on} ${span} (${counts.join(', ')})`,
      change: { inserted: result.inserted, updated: result.updated, groups },
    };
  },
};

/**
 * The batch's rows grouped by attachment and period kind, in the batch's order of first
 * appearance: the rows' count and the first and last period start of each group.
 */
export function measurementGroups(
  rows: ReadonlyArray<{ attachmentId: string; metric: string; period: AuditedMeasurementGroup['period']; periodStart: string }>,
): AuditedMeasurementGroup[] {
  const groups = new Map<string, AuditedMeasurementGroup>();
  for (const row of rows) {
    const key = `${row.attachmentId}/${row.period}`;
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { attachmentId: row.attachmentId, metric: row.metric, period: row.period, from: row.periodStart, to: row.periodStart, rows: 1 });
    } else {
      group.rows += 1;
      if (row.periodStart < group.from) group.from = row.periodStart;
      if (row.periodStart > group.to) group.to = row.periodStart;
    }
  }
  return [...groups.values()];
}
