import {
  BUILT_IN_METRICS,
  checkFigures,
  METRIC_KEY_PATTERN,
  parseIsoDate,
  periodStartProblem,
  thresholdsAreOrdered,
  UNRESOLVED_STATUSES,
  type MetricDefinition,
} from '@cxmap/domain';
import { DOCUMENT_LIMITS, type DocumentMetricDefinition, type JourneyDocument } from './journey-document';
import { childPath, type JsonReader } from './json-reader';

/** Built-in metrics by key. */
const BUILT_IN = new Map(BUILT_IN_METRICS.map((definition) => [definition.key, definition]));

/** The definition a document metric key means: built-in, else the document's own. */
export function documentDefinitions(doc: Pick<JourneyDocument, 'metricDefinitions'>): Map<string, Pick<MetricDefinition, 'key' | 'kind' | 'unit' | 'scale' | 'direction' | 'appliesTo'>> {
  const definitions = new Map<string, Pick<MetricDefinition, 'key' | 'kind' | 'unit' | 'scale' | 'direction' | 'appliesTo'>>(BUILT_IN);
  for (const definition of doc.metricDefinitions) if (!BUILT_IN.has(definition.key)) definitions.set(definition.key, definition);
  return definitions;
}

/**
 * The rules a document's shape cannot state, with the same checks the routes make: ids unique,
 * every reference resolving to an entity of the document, links neither to themselves nor twice,
 * custom metric definitions well-formed, thresholds on the right side of the target, measurement
 * figures that fit their metric and period, severities only on pain points, evidence that says
 * something, `resolvedAt` exactly on closed annotations. Reported on `reader`.
 */
export function checkJourneyDocument(doc: JourneyDocument, r: JsonReader): void {
  const ids = new Map<string, string>();
  const claim = (id: string, path: string): void => {
    const first = ids.get(id);
    if (first !== undefined) r.fail(childPath(path, 'id'), `"${id}" is already the id of ${first}`);
    else ids.set(id, path);
  };
  const stageIds = new Set<string>();
  const touchpointIds = new Set<string>();
  const linkIds = new Set<string>();
  doc.stages.forEach((stage, index) => {
    claim(stage.id, `stages[${index}]`);
    stageIds.add(stage.id);
  });
  doc.touchpoints.forEach((touchpoint, index) => {
    const path = `touchpoints[${index}]`;
    claim(touchpoint.id, path);
    touchpointIds.add(touchpoint.id);
    if (!stageIds.has(touchpoint.stageId)) r.fail(`${path}.stageId`, `no stage has the id "${touchpoint.stageId}"`);
    if (touchpoint.reviewBy !== null && parseIsoDate(touchpoint.reviewBy) === null) r.fail(`${path}.reviewBy`, 'is not a real date');
  });
  const linked = new Set<string>();
  doc.links.forEach((link, index) => {
    const path = `links[${index}]`;
    claim(link.id, path);
    linkIds.add(link.id);
    if (!touchpointIds.has(link.sourceId)) r.fail(`${path}.sourceId`, `no touchpoint has the id "${link.sourceId}"`);
    if (!touchpointIds.has(link.targetId)) r.fail(`${path}.targetId`, `no touchpoint has the id "${link.targetId}"`);
    if (link.sourceId === link.targetId) r.fail(`${path}.targetId`, 'a link cannot join a touchpoint to itself');
    const key = JSON.stringify([link.sourceId, link.targetId, link.type]);
    if (linked.has(key)) r.fail(path, 'these touchpoints are already linked with this type');
    linked.add(key);
  });

  checkDefinitions(doc.metricDefinitions, r);
  const definitions = documentDefinitions(doc);
  const targets = { touchpoint: touchpointIds, stage: stageIds, link: linkIds };
  const attached = new Set<string>();
  let measurementCount = 0;
  doc.metrics.forEach((metric, index) => {
    const path = `metrics[${index}]`;
    if (!targets[metric.on.kind].has(metric.on.id)) r.fail(`${path}.on.id`, `no ${metric.on.kind} has the id "${metric.on.id}"`);
    const definition = definitions.get(metric.metric);
    if (!definition) {
      r.fail(`${path}.metric`, `"${metric.metric}" is neither a built-in metric nor in metricDefinitions`);
      return;
    }
    if (!definition.appliesTo.includes(metric.on.kind)) {
      r.fail(`${path}.on.kind`, `${definition.key} applies to ${definition.appliesTo.join(' and ')}s, not to ${metric.on.kind}s`);
    }
    const key = JSON.stringify([metric.metric, metric.on.kind, metric.on.id]);
    if (attached.has(key)) r.fail(path, `${metric.metric} is already attached to this ${metric.on.kind}`);
    attached.add(key);
    if (!thresholdsAreOrdered(definition.direction, metric)) {
      const side = definition.direction === 'higher' ? 'at or below' : 'at or above';
      r.fail(`${path}.warning`, `${definition.key} is better ${definition.direction}: the warning must lie ${side} the target`);
    }
    measurementCount += metric.measurements.length;
    const periods = new Map<string, number>();
    metric.measurements.forEach((measurement, row) => {
      const at = `${path}.measurements[${row}]`;
      const problem = periodStartProblem(measurement.period, measurement.periodStart);
      if (problem) r.fail(`${at}.periodStart`, problem);
      const { period, periodStart, dimension, source, ...figures } = measurement;
      void source;
      for (const error of checkFigures(definition, figures)) r.fail(`${at}.${error.path.replace(/\.(\d+)$/, '[$1]')}`, error.message);
      const periodKey = JSON.stringify([period, periodStart, dimension]);
      const first = periods.get(periodKey);
      if (first !== undefined) r.fail(at, `same period and dimension as ${path}.measurements[${first}]`);
      else periods.set(periodKey, row);
    });
  });
  if (measurementCount > DOCUMENT_LIMITS.measurementsMax) {
    r.fail('metrics', `hold ${measurementCount} measurements; a document holds at most ${DOCUMENT_LIMITS.measurementsMax}`);
  }

  doc.annotations.forEach((annotation, index) => {
    const path = `annotations[${index}]`;
    if (!targets[annotation.on.kind].has(annotation.on.id)) r.fail(`${path}.on.id`, `no ${annotation.on.kind} has the id "${annotation.on.id}"`);
    if (annotation.kind === 'pain_point' && annotation.severity === null) r.fail(`${path}.severity`, 'a pain point needs a severity: low, medium, high or critical');
    if (annotation.kind !== 'pain_point' && annotation.severity !== null) r.fail(`${path}.severity`, `only pain points have a severity (this is ${annotation.kind})`);
    const open = UNRESOLVED_STATUSES.includes(annotation.status);
    if (open && annotation.resolvedAt !== null) r.fail(`${path}.resolvedAt`, `must be null while the status is ${annotation.status}`);
    if (!open && annotation.resolvedAt === null) r.fail(`${path}.resolvedAt`, `is required when the status is ${annotation.status}`);
    annotation.evidence.forEach((item, at) => {
      const evidencePath = `${path}.evidence[${at}]`;
      if (item.kind === 'quote' && item.text.trim() === '') r.fail(`${evidencePath}.text`, 'a quote needs its text');
      else if (item.text.trim() === '' && item.url === null) r.fail(evidencePath, 'evidence needs a text or a url');
      if (item.url !== null && !isHttpUrl(item.url)) r.fail(`${evidencePath}.url`, 'must be an http or https URL');
    });
  });
}

function checkDefinitions(definitions: readonly DocumentMetricDefinition[], r: JsonReader): void {
  const keys = new Set<string>();
  definitions.forEach((definition, index) => {
    const path = `metricDefinitions[${index}]`;
    if (!METRIC_KEY_PATTERN.test(definition.key)) {
      r.fail(`${path}.key`, 'must be 2–48 characters: a lower-case letter, then letters, digits or _');
    } else if (BUILT_IN.has(definition.key)) {
      r.fail(`${path}.key`, `${definition.key} is a built-in metric: refer to it by key without defining it`);
    } else if (keys.has(definition.key)) {
      r.fail(`${path}.key`, `${definition.key} is defined twice`);
    }
    keys.add(definition.key);
    if (definition.kind === 'value' && definition.valuePooling === null) {
      r.fail(`${path}.valuePooling`, 'a value metric says whether its rows add up (sum) or average (mean)');
    }
    if (definition.kind !== 'value' && definition.valuePooling !== null) r.fail(`${path}.valuePooling`, 'only value metrics take a pooling');
    if (definition.scale && definition.scale.min >= definition.scale.max) r.fail(`${path}.scale.max`, 'must be greater than scale.min');
    if (definition.kind === 'mean' && definition.scale && definition.scale.min < 0) r.fail(`${path}.scale.min`, 'a mean metric’s scale starts at 0 or above');
    if (definition.appliesTo.length === 0) r.fail(`${path}.appliesTo`, 'must name touchpoint, link or both');
    if (new Set(definition.appliesTo).size !== definition.appliesTo.length) r.fail(`${path}.appliesTo`, 'must not repeat a target');
  });
}

/** WHATWG URL, present in every runtime we target (the lib compiles without DOM or Node types). */
const WhatwgUrl = (globalThis as unknown as { URL: new (input: string) => { protocol: string; hostname: string } }).URL;

/** An absolute http(s) URL with a host, as the annotation routes accept. */
export function isHttpUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new WhatwgUrl(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
