import { LAYER_LABELS, type Layer } from '@cxmap/domain';
import { finishImport } from '../import/finish-import';
import {
  SEVERITIES,
  type ImportedLink,
  type ImportedStage,
  type ImportedTouchpoint,
  type ImportIssue,
  type ImportResult,
  type PainPointDraft,
  type Severity,
} from '../import/imported-journey';
import { phaseOfStageName } from '../import/phase';
import { parseJsonWithLines, type JsonValue } from './json-lines';
import {
  DEFAULT_SEVERITY,
  FALLBACK_LAYER,
  FALLBACK_LAYER_LABEL,
  isPainPurpose,
  laneLayer,
  ojfScoreToEmotion,
  OJF_SCORE_MAX,
  OJF_SCORE_MIN,
} from './ojf-mapping';

type JsonObject = { [key: string]: JsonValue };

/**
 * OpenJourney (.ojf, the Ptolemy journey mapper's JSON) → ImportedJourney. Accepts both shapes
 * found in real files: top-level `version`/`persona`/`pointOfView`, or a `metadata` object with
 * `title`/`persona`/`pov`/`version`.
 *
 * stages → stages (in order); nodes → touchpoints of their stage, in file order, in the layer of
 * their swimlane (`ojf-mapping.ts`); score → emotion; sentiment, purpose, severity, tags,
 * moment of truth, swimlane and blueprint evidence → description lines; `blueprint.onstage`,
 * `.backstage` and `.support` entries → extra touchpoints in the frontstage, backstage and support
 * lanes of the same stage, each linked from its node (`depends_on`); nodes whose purpose is a pain
 * point → pain-point drafts, which the import turns into pain-point annotations on their touchpoint.
 * `icon` and `iconColor` are display hints and are dropped. OJF has no links between nodes.
 */
export function parseOjf(text: string): ImportResult {
  const parsed = parseJsonWithLines(text);
  if (!parsed.ok) return { ok: false, errors: [{ line: parsed.line, message: parsed.message }] };
  return new OjfReader(parsed.value, parsed.lineOf).read();
}

interface Lane {
  name: string;
  layer: Layer;
  matched: boolean;
  line: number | null;
  nodes: number;
}

class OjfReader {
  private readonly errors: ImportIssue[] = [];
  private readonly warnings: ImportIssue[] = [];

  constructor(
    private readonly root: JsonValue,
    private readonly lineOf: (path: string) => number | null,
  ) {}

  read(): ImportResult {
    if (!isObject(this.root)) {
      this.refuse('', 'An OpenJourney file is a JSON object with "stages", "swimlanes" and "nodes".');
      return { ok: false, errors: this.errors };
    }
    const root = this.root;
    const metadata = root['metadata'] !== undefined ? this.object(root, 'metadata', 'metadata') : null;
    const field = (key: string, metaKey = key): string | null =>
      (metadata && this.optionalString(metadata, metaKey, `metadata.${metaKey}`)) ?? this.optionalString(root, key, key);

    const stages = this.readStages(root);
    const lanes = this.readLanes(root);
    const stageIndex = new Map(stages.map((stage, index) => [stage.id, index]));
    const imported: ImportedStage[] = stages.map((stage) => ({
      name: stage.name,
      phase: phaseOfStageName(stage.name),
      description: '',
      touchpoints: [],
      line: stage.line,
    }));
    const links: ImportedLink[] = [];
    const painPoints: PainPointDraft[] = [];
    const nodes = root['nodes'] === undefined ? [] : this.array(root, 'nodes', 'nodes');
    nodes.forEach((node, index) => this.readNode(node, `nodes[${index}]`, { stageIndex, lanes, imported, links, painPoints }));
    if (this.errors.length > 0) return { ok: false, errors: this.errors };

    for (const lane of lanes.values()) {
      if (!lane.matched && lane.nodes > 0) {
        this.warn(lane.line, `Swimlane "${lane.name}" is not a service-blueprint layer: its ${plural(lane.nodes, 'node')} go to ${FALLBACK_LAYER_LABEL} (the swimlane is named in each description).`);
      }
    }

    const persona = field('persona');
    const pointOfView = field('pointOfView', 'pov');
    const version = field('version');
    const description = [
      persona && `Persona: ${persona}`,
      pointOfView && `Point of view: ${pointOfView}`,
      version && `Imported from OpenJourney ${version}.`,
    ].filter((line): line is string => Boolean(line));
    const name = field('title') ?? this.optionalString(root, 'name', 'name') ?? pointOfView ?? persona ?? 'Imported OpenJourney map';
    return finishImport({ name, description: description.join('\n'), stages: imported, links, painPoints }, this.warnings);
  }

  private readStages(root: JsonObject): Array<{ id: string; name: string; line: number | null }> {
    if (root['stages'] === undefined) {
      this.refuse('', 'The file has no "stages" list.');
      return [];
    }
    const seen = new Set<string>();
    const stages: Array<{ id: string; name: string; line: number | null }> = [];
    this.array(root, 'stages', 'stages').forEach((value, index) => {
      const path = `stages[${index}]`;
      if (!isObject(value)) return this.refuse(path, `${path} must be an object with "id" and "name".`);
      const id = this.requiredString(value, 'id', `${path}.id`);
      const name = this.requiredString(value, 'name', `${path}.name`);
      if (id === null || name === null) return;
      if (seen.has(id)) return this.refuse(`${path}.id`, `Two stages have the id "${id}".`);
      seen.add(id);
      stages.push({ id, name: name.trim(), line: this.lineOf(path) });
    });
    if (stages.length === 0 && this.errors.length === 0) this.refuse('stages', 'The file has no stages.');
    return stages;
  }

  private readLanes(root: JsonObject): Map<string, Lane> {
    const lanes = new Map<string, Lane>();
    if (root['swimlanes'] === undefined) return lanes;
    this.array(root, 'swimlanes', 'swimlanes').forEach((value, index) => {
      const path = `swimlanes[${index}]`;
      if (!isObject(value)) return this.refuse(path, `${path} must be an object with "id" and "name".`);
      const id = this.requiredString(value, 'id', `${path}.id`);
      const name = this.requiredString(value, 'name', `${path}.name`);
      if (id === null || name === null) return;
      if (lanes.has(id)) return this.refuse(`${path}.id`, `Two swimlanes have the id "${id}".`);
      const layer = laneLayer(name);
      lanes.set(id, { name: name.trim(), layer: layer ?? FALLBACK_LAYER, matched: layer !== null, line: this.lineOf(path), nodes: 0 });
    });
    return lanes;
  }

  private readNode(
    value: JsonValue,
    path: string,
    ctx: {
      stageIndex: Map<string, number>;
      lanes: Map<string, Lane>;
      imported: ImportedStage[];
      links: ImportedLink[];
      painPoints: PainPointDraft[];
    },
  ): void {
    if (!isObject(value)) return this.refuse(path, `${path} must be an object.`);
    const line = this.lineOf(path);
    const stageId = this.requiredString(value, 'stageId', `${path}.stageId`);
    const title = this.requiredString(value, 'title', `${path}.title`);
    const laneId = this.optionalString(value, 'swimlaneId', `${path}.swimlaneId`);
    const description = this.optionalString(value, 'description', `${path}.description`) ?? '';
    const score = this.score(value, `${path}.score`);
    const severity = this.severity(value, `${path}.severity`);
    const sentiment = this.optionalString(value, 'sentiment', `${path}.sentiment`);
    const purpose = this.optionalString(value, 'purpose', `${path}.purpose`);
    const tags = value['tags'] === undefined ? [] : this.strings(value, 'tags', `${path}.tags`);
    const momentOfTruth = value['isMomentOfTruth'] === true;
    if (stageId === null || title === null) return;
    const stage = ctx.stageIndex.get(stageId);
    if (stage === undefined) return this.refuse(`${path}.stageId`, `${path} refers to stage "${stageId}", which the file does not define.`);
    let lane: Lane | null = null;
    if (laneId !== null) {
      lane = ctx.lanes.get(laneId) ?? null;
      if (!lane) return this.refuse(`${path}.swimlaneId`, `${path} refers to swimlane "${laneId}", which the file does not define.`);
      lane.nodes += 1;
    }
    if (title.trim() === '') return this.refuse(`${path}.title`, `${path} has an empty title.`);

    const pain = purpose !== null && isPainPurpose(purpose);
    const notes: string[] = [];
    // A pain point becomes an annotation with its severity (importedJourneyToPlan); other nodes keep it as a line.
    if (!pain && severity) notes.push(`Severity: ${severity}`);
    if (sentiment) notes.push(`Sentiment: ${sentiment}`);
    if (purpose && !pain) notes.push(`Purpose: ${purpose}`);
    if (momentOfTruth) notes.push('Moment of truth');
    if (tags.length > 0) notes.push(`Tags: ${tags.join(', ')}`);
    if (lane) notes.push(`Swimlane: ${lane.name}`);

    const blueprint = value['blueprint'] === undefined ? null : this.object(value, 'blueprint', `${path}.blueprint`);
    const extra: ImportedTouchpoint[] = [];
    if (blueprint) {
      const evidence = this.entries(blueprint, 'evidence', `${path}.blueprint`, ['item', 'type']);
      if (evidence.length > 0) notes.push(`Evidence: ${evidence.map(([item, type]) => (type ? `${item} (${type})` : item)).join('; ')}`);
      const step = (layer: Layer, entryTitle: string, actor: string, detail: string, entryLine: number | null): ImportedTouchpoint => ({
        title: entryTitle,
        description: detail,
        notes: [`Service blueprint (${LAYER_LABELS[layer]}) for "${title.trim()}"`],
        actors: actor ? [actor] : [],
        emotion: null,
        channel: 'other',
        layer,
        line: entryLine,
      });
      for (const key of ['onstage', 'backstage'] as const) {
        const layer: Layer = key === 'onstage' ? 'frontstage' : 'backstage';
        this.entries(blueprint, key, `${path}.blueprint`, ['actor', 'action']).forEach(([actor, action], index) => {
          extra.push(step(layer, action || actor, actor, '', this.lineOf(`${path}.blueprint.${key}[${index}]`)));
        });
      }
      this.entries(blueprint, 'support', `${path}.blueprint`, ['system', 'description']).forEach(([system, detail], index) => {
        extra.push(step('support', system || detail, '', detail, this.lineOf(`${path}.blueprint.support[${index}]`)));
      });
    }
    if (this.errors.length > 0) return;

    const touchpoints = ctx.imported[stage].touchpoints;
    const at = { stage, touchpoint: touchpoints.length };
    touchpoints.push({
      title: title.trim(),
      description,
      notes,
      actors: [],
      emotion: ojfScoreToEmotion(score ?? 0),
      channel: 'other',
      layer: lane?.layer ?? FALLBACK_LAYER,
      line,
    });
    if (pain) {
      ctx.painPoints.push({ at, severity: severity ?? DEFAULT_SEVERITY, title: title.trim(), description });
    }
    for (const step of extra) {
      ctx.links.push({ source: at, target: { stage, touchpoint: touchpoints.length }, type: 'depends_on', label: null });
      touchpoints.push(step);
    }
  }

  private score(node: JsonObject, path: string): number | null {
    const value = node['score'];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'number' || value < OJF_SCORE_MIN || value > OJF_SCORE_MAX) {
      this.refuse(path, `${path} must be a number from ${OJF_SCORE_MIN} to +${OJF_SCORE_MAX}, not ${JSON.stringify(value)}.`);
      return null;
    }
    return value;
  }

  private severity(node: JsonObject, path: string): Severity | null {
    const value = this.optionalString(node, 'severity', path);
    if (value === null || value.trim() === '') return null;
    const severity = SEVERITIES.find((candidate) => candidate === value.trim().toLowerCase());
    if (!severity) this.refuse(path, `${path} must be "low", "medium" or "high", not "${value}".`);
    return severity ?? null;
  }

  /** The `[first, second]` string fields of each entry of a blueprint list (absent → ''). */
  private entries(blueprint: JsonObject, key: string, base: string, fields: readonly [string, string]): Array<[string, string]> {
    if (blueprint[key] === undefined) return [];
    const out: Array<[string, string]> = [];
    this.array(blueprint, key, `${base}.${key}`).forEach((entry, index) => {
      const path = `${base}.${key}[${index}]`;
      if (!isObject(entry)) return this.refuse(path, `${path} must be an object with "${fields[0]}" and "${fields[1]}".`);
      const first = this.optionalString(entry, fields[0], `${path}.${fields[0]}`)?.trim() ?? '';
      const second = this.optionalString(entry, fields[1], `${path}.${fields[1]}`)?.trim() ?? '';
      if (first === '' && second === '') return this.refuse(path, `${path} needs "${fields[0]}" or "${fields[1]}".`);
      out.push([first, second]);
    });
    return out;
  }

  private object(parent: JsonObject, key: string, path: string): JsonObject | null {
    const value = parent[key];
    if (isObject(value)) return value;
    this.refuse(path, `${path} must be an object.`);
    return null;
  }

  private array(parent: JsonObject, key: string, path: string): JsonValue[] {
    const value = parent[key];
    if (Array.isArray(value)) return value;
    this.refuse(path, `${path} must be a list.`);
    return [];
  }

  private strings(parent: JsonObject, key: string, path: string): string[] {
    const list = this.array(parent, key, path);
    if (list.every((item): item is string => typeof item === 'string')) return list;
    this.refuse(path, `${path} must be a list of strings.`);
    return [];
  }

  private requiredString(parent: JsonObject, key: string, path: string): string | null {
    const value = parent[key];
    if (typeof value === 'string') return value;
    const at = value === undefined ? path.slice(0, path.lastIndexOf('.')) : path;
    this.refuse(at, value === undefined ? `${at} has no "${key}".` : `${path} must be a string.`);
    return null;
  }

  private optionalString(parent: JsonObject, key: string, path: string): string | null {
    const value = parent[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'string') return value;
    this.refuse(path, `${path} must be a string.`);
    return null;
  }

  private refuse(path: string, message: string): void {
    this.errors.push({ line: this.lineOf(path), message });
  }

  private warn(line: number | null, message: string): void {
    this.warnings.push({ line, message });
  }
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
