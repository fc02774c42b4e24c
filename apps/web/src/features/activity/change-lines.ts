import type { AuditAction } from '@cxmap/domain';

/**
 * Readable lines for the `change` of the actions that have a known shape (sharing, integrations,
 * metrics, imports); null for the others, which the page shows as operations or JSON. Defensive:
 * `change` is whatever the log stored, so a field of the wrong type is left out, not shown wrong.
 */

type Change = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
const yesNo = (value: unknown): string | null => (typeof value === 'boolean' ? (value ? 'yes' : 'no') : null);
const list = (value: unknown): string | null =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]).join(', ') : null;
/** The calendar day of an ISO timestamp (UTC, as the summaries say it). */
const day = (value: unknown): string | null => (typeof value === 'string' ? value.slice(0, 10) : null);
const quoted = (value: unknown): string | null => (typeof value === 'string' ? `“${value}”` : null);

/** `label: value` for each pair whose value could be read. */
function pairs(entries: ReadonlyArray<readonly [string, string | null]>): string[] {
  return entries.flatMap(([label, value]) => (value === null ? [] : [`${label}: ${value}`]));
}

const IMPORT_FORMATS: Record<string, string> = { mermaid: 'Mermaid journey', ojf: 'OpenJourney file' };
const PERIODS: Record<string, string> = { day: 'daily', week: 'weekly', month: 'monthly' };
const THRESHOLD_LABELS: Record<string, string> = { target: 'Target', warning: 'Warning', isKey: 'Key metric' };
const DEFINITION_LABELS: Record<string, string> = { name: 'Name', description: 'Description', family: 'Family' };

function thresholds(change: Change): string[] {
  return pairs([
    ['Target', num(change['target'])?.toString() ?? null],
    ['Warning', num(change['warning'])?.toString() ?? null],
    ['Key metric', yesNo(change['isKey'])],
  ]);
}

/** "Target: 40 → 45" for each field in both `before` and `after`. */
function beforeAfter(change: Change, labels: Record<string, string>): string[] {
  const before = change['before'];
  const after = change['after'];
  if (typeof before !== 'object' || before === null || typeof after !== 'object' || after === null) return [];
  const show = (value: unknown): string => (typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));
  return Object.entries(after).flatMap(([field, value]) =>
    field in before ? [`${labels[field] ?? field}: ${show((before as Change)[field])} → ${show(value)}`] : [],
  );
}

/** A share link's label; links may have none. */
function linkLabel(value: unknown): string[] {
  return value === null ? ['No label'] : pairs([['Label', quoted(value)]]);
}

/** One line per attachment and period kind of a batch, e.g. "nps, monthly, 2025-01-01 to 2025-03-01: 3 rows". */
function measurementGroups(change: Change): string[] {
  const groups = change['groups'];
  if (!Array.isArray(groups)) return [];
  return groups.flatMap((group: unknown) => {
    if (typeof group !== 'object' || group === null) return [];
    const { metric, period, from, to, rows } = group as Change;
    if (typeof metric !== 'string' || typeof from !== 'string' || typeof to !== 'string' || typeof rows !== 'number') return [];
    const span = from === to ? from : `${from} to ${to}`;
    const kind = typeof period === 'string' ? `, ${PERIODS[period] ?? period}` : '';
    return [`${metric}${kind}, ${span}: ${rows} ${rows === 1 ? 'row' : 'rows'}`];
  });
}

export function changeLines(action: AuditAction, change: Change | null): string[] | null {
  if (change === null) return null;
  switch (action) {
    case 'journey.imported': {
      const format = text(change['format']);
      return pairs([['Imported from', format === null ? null : (IMPORT_FORMATS[format] ?? format)]]);
    }
    case 'journey.exported':
      return pairs([
        ['Format', text(change['format'])?.toUpperCase() ?? null],
        ['Sections', list(change['sections'])],
        ['Through', change['shareLinkId'] ? 'a share link' : null],
      ]);
    case 'share_link.created':
      return [
        ...linkLabel(change['label']),
        ...(change['expiresAt'] === null ? ['Never expires'] : pairs([['Expires', day(change['expiresAt'])]])),
        ...pairs([['Exports allowed', yesNo(change['allowExport'])]]),
      ];
    case 'share_link.revoked':
      return [...linkLabel(change['label']), ...pairs([['Created', day(change['createdAt'])]])];
    case 'api_key.created':
    case 'api_key.revoked':
      return pairs([
        ['Name', quoted(change['name'])],
        ['Scopes', list(change['scopes'])],
      ]);
    case 'metric_definition.created': {
      const scale = change['scale'] as { min?: unknown; max?: unknown } | null | undefined;
      return pairs([
        ['Key', text(change['key'])],
        ['Name', quoted(change['name'])],
        ['Family', text(change['family'])],
        ['Measured as', text(change['kind'])],
        ['Unit', text(change['unit'])],
        ['Better when', text(change['direction'])],
        ['Scale', scale && num(scale.min) !== null && num(scale.max) !== null ? `${String(scale.min)} to ${String(scale.max)}` : null],
        ['Applies to', list(change['appliesTo'])],
      ]);
    }
    case 'metric_definition.updated':
      return [...pairs([['Key', text(change['key'])]]), ...beforeAfter(change, DEFINITION_LABELS)];
    case 'metric_definition.deleted':
      return pairs([
        ['Key', text(change['key'])],
        ['Name', quoted(change['name'])],
        ['Measured as', text(change['kind'])],
        ['Unit', text(change['unit'])],
      ]);
    case 'metric.attached':
      return [...pairs([['Metric', text(change['metric'])]]), ...thresholds(change)];
    case 'metric.updated':
      return [...pairs([['Metric', text(change['metric'])]]), ...beforeAfter(change, THRESHOLD_LABELS)];
    case 'metric.detached':
      return [...pairs([['Metric', text(change['metric'])]]), ...thresholds(change), ...pairs([['Measurements deleted', num(change['measurements'])?.toString() ?? null]])];
    case 'measurements.recorded':
      return [...pairs([['New', num(change['inserted'])?.toString() ?? null], ['Replaced', num(change['updated'])?.toString() ?? null]]), ...measurementGroups(change)];
    default:
      return null;
  }
}
