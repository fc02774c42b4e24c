import { groupBy } from '../collections';
import type { FieldError } from '../api-types';
import type { MeasurementRowRequest } from './api-types';
import type { MetricDefinition, MetricTarget } from './definitions';
import { checkFigures, sampleSizeOf, type MeasurementFigures } from './figures';
import { isSmallSample } from './health';
import { periodStartProblem } from './periods';
import { poolFigures, scoreOf } from './totals';

/* Which stored metric attachment a measurement row is for, and whether the row can be stored. */

/** What a journey offers measurement rows to aim at (titles for people, ids for machines). */
export interface MeasurementTargets {
  touchpoints: readonly { id: string; title: string }[];
  links: readonly { id: string; sourceId: string; targetId: string }[];
  attachments: readonly { id: string; metric: string; touchpointId: string | null; linkId: string | null }[];
}

/** The arrow between the two touchpoint titles of a link: `Chatbot answers -> Live-chat agent takes over` (`→` also reads). */
export const LINK_ARROW = '->';

/** The target a row names, resolved to its attachment. */
export interface ResolvedTarget {
  attachmentId: string;
  on: MetricTarget;
  /** The touchpoint's title, or `Source -> Target` for a link. */
  label: string;
  metric: string;
}

/** One row checked: where it goes, its score, and every problem (`path` is a row field: `touchpoint`, `periodStart`, `ratings.2`…; '' for the whole row). */
export interface CheckedMeasurementRow {
  target: ResolvedTarget | null;
  figures: MeasurementFigures;
  score: number | null;
  sampleSize: number | null;
  smallSample: boolean;
  errors: FieldError[];
}

/** Titles compare trimmed, with runs of white space as one space, ignoring case. */
export function titleKey(title: string): string {
  return title.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/** `A -> B` (or `A → B`) as its two titles, or null without exactly one arrow. */
export function splitLinkName(text: string): [string, string] | null {
  const parts = text.split(/->|→/);
  if (parts.length !== 2) return null;
  const [source, target] = parts.map((part) => part.trim());
  return source && target ? [source, target] : null;
}

function quoted(text: string): string {
  return `'${text.trim()}'`;
}

/**
 * Resolves rows that name their target by attachment id, or by touchpoint title or link
 * (`Source -> Target`) plus metric key. A title must name exactly one touchpoint of the journey;
 * a link, exactly one link between the two touchpoints it names.
 */
export function measurementTargetResolver(targets: MeasurementTargets): (row: Pick<MeasurementRowRequest, 'attachmentId' | 'touchpoint' | 'link' | 'metric'>) => ResolvedTarget | FieldError[] {
  const byTitle = groupBy(targets.touchpoints, (touchpoint) => titleKey(touchpoint.title));
  const titleOf = new Map(targets.touchpoints.map((t) => [t.id, t.title]));
  const attachmentById = new Map(targets.attachments.map((a) => [a.id.toLowerCase(), a]));
  const labelOf = (attachment: MeasurementTargets['attachments'][number]): ResolvedTarget => {
    const link = attachment.linkId === null ? undefined : targets.links.find((l) => l.id === attachment.linkId);
    return {
      attachmentId: attachment.id,
      on: attachment.touchpointId !== null ? 'touchpoint' : 'link',
      label: link ? `${titleOf.get(link.sourceId) ?? '?'} ${LINK_ARROW} ${titleOf.get(link.targetId) ?? '?'}` : (titleOf.get(attachment.touchpointId ?? '') ?? '?'),
      metric: attachment.metric,
    };
  };
  const oneTouchpoint = (field: string, title: string): { id: string } | FieldError => {
    const found = byTitle.get(titleKey(title)) ?? [];
    if (found.length === 1 && found[0]) return found[0];
    if (found.length === 0) return { path: field, message: `no touchpoint is called ${quoted(title)}` };
    return { path: field, message: `${found.length} touchpoints are called ${quoted(title)}; use attachment_id` };
  };

  return (row) => {
    const named = (['attachmentId', 'touchpoint', 'link'] as const).filter((field) => row[field] !== undefined && row[field] !== '');
    if (named.length !== 1) {
      return [{ path: named[1] ?? 'touchpoint', message: named.length === 0 ? 'name the target: touchpoint, link or attachment_id' : 'name one target only: touchpoint, link or attachment_id' }];
    }
    const metric = row.metric?.trim() ?? '';
    if (row.attachmentId !== undefined && row.attachmentId !== '') {
      const attachment = attachmentById.get(row.attachmentId.toLowerCase());
      if (!attachment) return [{ path: 'attachmentId', message: 'no such metric attachment in this journey' }];
      if (metric !== '' && metric !== attachment.metric) return [{ path: 'metric', message: `the attachment is of ${attachment.metric}, not ${metric}` }];
      return labelOf(attachment);
    }
    if (metric === '') return [{ path: 'metric', message: 'required with touchpoint or link (a metric key, e.g. csat)' }];
    if (row.touchpoint !== undefined && row.touchpoint !== '') {
      const touchpoint = oneTouchpoint('touchpoint', row.touchpoint);
      if ('path' in touchpoint) return [touchpoint];
      const attachment = targets.attachments.find((a) => a.touchpointId === touchpoint.id && a.metric === metric);
      if (!attachment) return [{ path: 'metric', message: `${metric} is not attached to ${quoted(row.touchpoint)}; attach it on the canvas first` }];
      return labelOf(attachment);
    }
    const ends = splitLinkName(row.link ?? '');
    if (!ends) return [{ path: 'link', message: `write a link as 'Source title ${LINK_ARROW} Target title'` }];
    const source = oneTouchpoint('link', ends[0]);
    const target = oneTouchpoint('link', ends[1]);
    const problems = [source, target].filter((end): end is FieldError => 'path' in end);
    if (problems.length > 0) return problems;
    const links = targets.links.filter((l) => l.sourceId === (source as { id: string }).id && l.targetId === (target as { id: string }).id);
    if (links.length === 0) return [{ path: 'link', message: `no link goes from ${quoted(ends[0])} to ${quoted(ends[1])}` }];
    const attachments = targets.attachments.filter((a) => a.metric === metric && links.some((l) => l.id === a.linkId));
    if (attachments.length === 0) return [{ path: 'metric', message: `${metric} is not attached to the link ${quoted(row.link ?? '')}; attach it on the canvas first` }];
    if (attachments.length > 1 || !attachments[0]) return [{ path: 'link', message: `${links.length} links go from ${quoted(ends[0])} to ${quoted(ends[1])}; use attachment_id` }];
    return labelOf(attachments[0]);
  };
}

/** The figures a row carries (absent fields left out). */
export function figuresOfRow(row: MeasurementFigures): MeasurementFigures {
  const figures: MeasurementFigures = {};
  const fields = ['promoters', 'passives', 'detractors', 'ratings', 'mean', 'count', 'numerator', 'denominator', 'value', 'sampleSize'] as const;
  for (const field of fields) {
    const value = row[field];
    if (value !== undefined && value !== null) Object.assign(figures, { [field]: value });
  }
  return figures;
}

/**
 * Checks a batch of rows against the journey: each row's target, period start and figures (for
 * its metric's kind), and no two rows with one key (attachment, period, period start, dimension).
 * Every problem of every row is reported; `errors[].path` names the row's field.
 */
export function checkMeasurementRows(
  rows: readonly MeasurementRowRequest[],
  targets: MeasurementTargets,
  definitions: ReadonlyMap<string, MetricDefinition>,
  options: {
    /** How a message names another row (`rows.3`, `line 5`). */
    rowName?: (index: number) => string;
    /** Rows whose key cannot be trusted (a period that could not be read): never a duplicate's original. */
    keyless?: (index: number) => boolean;
  } = {},
): CheckedMeasurementRow[] {
  const rowName = options.rowName ?? ((index: number) => `rows.${index}`);
  const resolve = measurementTargetResolver(targets);
  const seen = new Map<string, number>();
  return rows.map((row, index) => {
    const errors: FieldError[] = [];
    const resolved = resolve(row);
    const target = Array.isArray(resolved) ? null : resolved;
    if (Array.isArray(resolved)) errors.push(...resolved);
    const problem = periodStartProblem(row.period, row.periodStart);
    if (problem) errors.push({ path: 'periodStart', message: problem });
    const figures = figuresOfRow(row);
    const definition = target ? definitions.get(target.metric) : undefined;
    if (target && !definition) errors.push({ path: 'metric', message: `${target.metric} has no definition in this workspace` });
    if (definition) errors.push(...checkFigures(definition, figures));
    if (target && !options.keyless?.(index)) {
      const key = JSON.stringify([target.attachmentId.toLowerCase(), row.period, row.periodStart, row.dimension ?? '']);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else errors.push({ path: '', message: `same target, metric, period and dimension as ${rowName(first)}` });
    }
    if (!definition || errors.length > 0) return { target, figures, score: null, sampleSize: null, smallSample: false, errors };
    const sampleSize = sampleSizeOf(definition, figures);
    return { target, figures, score: scoreOf(definition, poolFigures(definition, [figures])), sampleSize, smallSample: isSmallSample(sampleSize), errors };
  });
}
