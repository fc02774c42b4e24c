import {
  CHANNEL_INFO,
  CHANNELS,
  EMOTION_MAX,
  EMOTION_MIN,
  INTERACTION_LABELS,
  INTERACTIONS,
  LAYER_LABELS,
  LAYERS,
  LIMITS,
  PHASE_LABELS,
  PHASES,
  type Channel,
  type ImportGridRowDto,
  type Interaction,
  type Layer,
  type Phase,
} from '@cxmap/domain';
import { headerKey, readCsv, type CsvRecord } from '../csv/read-csv';
import { finishImport } from '../import/finish-import';
import type { ImportedStage, ImportIssue, ImportResult } from '../import/imported-journey';
import { phaseOfStageName } from '../import/phase';

/**
 * A spreadsheet of touchpoints, one row each: `stage` (by name) and `title` are required; the
 * other columns may be left out or empty.
 */
export const GRID_COLUMNS = ['stage', 'stage_order', 'title', 'description', 'channel', 'interaction', 'layer', 'owner_team', 'emotion', 'phase'] as const;
export type GridColumn = (typeof GRID_COLUMNS)[number];

/** Other header names people use for the same columns (compared as header keys: lower case, `_` for spaces). */
export const GRID_ALIASES: Readonly<Record<string, GridColumn>> = {
  stage_name: 'stage',
  order: 'stage_order',
  stage_number: 'stage_order',
  touchpoint: 'title',
  touchpoint_title: 'title',
  name: 'title',
  notes: 'description',
  interaction_type: 'interaction',
  lane: 'layer',
  swimlane: 'layer',
  owner: 'owner_team',
  team: 'owner_team',
  ownerteam: 'owner_team',
  sentiment: 'emotion',
  feeling: 'emotion',
  lifecycle_phase: 'phase',
};

/** One data row as the preview shows it: what it will become, or why it cannot (the header is row 1). */
export type GridRowPreview = ImportGridRowDto;

export interface TouchpointGridResult {
  rows: GridRowPreview[];
  result: ImportResult;
}

/** A value of an enum by its key or its label, ignoring case, spaces, dashes and slashes. */
function enumValue<T extends string>(values: readonly T[], labels: Record<T, string>, cell: string): T | null {
  const key = headerKey(cell);
  const loose = (text: string) => headerKey(text).replace(/_/g, '');
  return values.find((value) => value === key || loose(value) === loose(cell) || loose(labels[value]) === loose(cell)) ?? null;
}

const CHANNEL_LABELS = Object.fromEntries(CHANNELS.map((channel) => [channel, CHANNEL_INFO[channel].label])) as Record<Channel, string>;

function listOf<T extends string>(values: readonly T[]): string {
  return values.join(', ');
}

/**
 * Reads a grid of touchpoints (CSV or a workbook's first sheet, as records of cells) into a new
 * journey: stages in the order of `stage_order` when given, else of first appearance; each row
 * checked against the catalogs. Any row error refuses the whole file.
 */
export function parseTouchpointGrid(records: readonly CsvRecord[], name = ''): TouchpointGridResult {
  const fail = (errors: ImportIssue[], rows: GridRowPreview[] = []): TouchpointGridResult => ({ rows, result: { ok: false, errors } });
  const [header, ...data] = records;
  if (!header) return fail([{ line: null, message: 'The file is empty: it needs a header row (stage, title, …) and one row per touchpoint.' }]);
  const columns = header.cells.map((cell) => {
    const key = headerKey(cell);
    return (GRID_COLUMNS as readonly string[]).includes(key) ? (key as GridColumn) : (GRID_ALIASES[key] ?? null);
  });
  const fileErrors: ImportIssue[] = [];
  header.cells.forEach((cell, index) => {
    if (cell !== '' && columns[index] === null) fileErrors.push({ line: header.line, message: `Unknown column '${cell}'. Columns: ${listOf(GRID_COLUMNS)}.` });
  });
  for (const column of new Set(columns.filter((column, index) => column !== null && columns.indexOf(column) !== index))) {
    fileErrors.push({ line: header.line, message: `The column ${column} appears twice.` });
  }
  for (const required of ['stage', 'title'] as const) {
    if (!columns.includes(required)) fileErrors.push({ line: header.line, message: `The column ${required} is missing.` });
  }
  if (data.length > LIMITS.touchpointsPerJourneyMax) {
    fileErrors.push({ line: null, message: `The file has ${data.length} rows; a journey holds at most ${LIMITS.touchpointsPerJourneyMax} touchpoints.` });
  }
  if (data.length === 0 && fileErrors.length === 0) fileErrors.push({ line: null, message: 'The file has a header but no touchpoint rows.' });
  if (fileErrors.length > 0) return fail(fileErrors);

  interface StageDraft {
    stage: ImportedStage;
    order: number | null;
    orderRow: number;
    phaseGiven: boolean;
    first: number;
  }
  const stages = new Map<string, StageDraft>();
  const rows = data.map((record): GridRowPreview => {
    const cell = (column: GridColumn): string => {
      const index = columns.indexOf(column);
      return index < 0 ? '' : (record.cells[index] ?? '');
    };
    const errors: GridRowPreview['errors'] = [];
    const problem = (column: string, message: string) => errors.push({ column, message });

    const stageName = cell('stage').replace(/\s+/g, ' ');
    if (stageName === '') problem('stage', 'is empty: name the stage');
    else if ([...stageName].length > LIMITS.nameMax) problem('stage', `longer than ${LIMITS.nameMax} characters`);
    const title = cell('title');
    if (title === '') problem('title', 'is empty: every touchpoint needs a title');
    else if ([...title].length > LIMITS.titleMax) problem('title', `longer than ${LIMITS.titleMax} characters`);
    const description = cell('description');
    if ([...description].length > LIMITS.descriptionMax) problem('description', `longer than ${LIMITS.descriptionMax} characters`);

    let channel: Channel | null = 'other';
    if (cell('channel') !== '') {
      channel = enumValue(CHANNELS, CHANNEL_LABELS, cell('channel'));
      if (!channel) problem('channel', `'${cell('channel')}' is not a channel (${listOf(CHANNELS)}, or their labels)`);
    }
    let interaction: Interaction | null = channel ? CHANNEL_INFO[channel].defaultInteraction : null;
    if (cell('interaction') !== '') {
      interaction = enumValue(INTERACTIONS, INTERACTION_LABELS, cell('interaction'));
      if (!interaction) problem('interaction', `'${cell('interaction')}' is not an interaction type (${listOf(INTERACTIONS)})`);
    }
    let layer: Layer | null = 'customer';
    if (cell('layer') !== '') {
      layer = enumValue(LAYERS, LAYER_LABELS, cell('layer'));
      if (!layer) problem('layer', `'${cell('layer')}' is not a layer (${listOf(LAYERS)})`);
    }
    const ownerTeam = cell('owner_team');
    if ([...ownerTeam].length > LIMITS.ownerTeamMax) problem('owner_team', `longer than ${LIMITS.ownerTeamMax} characters`);
    let emotion: number | null = null;
    if (cell('emotion') !== '') {
      const value = Number(cell('emotion').replace(/^\+/, ''));
      if (!/^[+-]?\d+$/.test(cell('emotion')) || value < EMOTION_MIN || value > EMOTION_MAX) {
        problem('emotion', `'${cell('emotion')}' is not a whole number from ${EMOTION_MIN} to +${EMOTION_MAX}`);
      } else emotion = value;
    }
    let phase: Phase | null = null;
    if (cell('phase') !== '') {
      phase = enumValue(PHASES, PHASE_LABELS, cell('phase'));
      if (!phase) problem('phase', `'${cell('phase')}' is not a lifecycle phase (${listOf(PHASES)})`);
    }
    let order: number | null = null;
    if (cell('stage_order') !== '') {
      order = Number(cell('stage_order'));
      if (!Number.isFinite(order)) {
        problem('stage_order', `'${cell('stage_order')}' is not a number`);
        order = null;
      }
    }

    if (stageName !== '') {
      const key = stageName.toLocaleLowerCase('en');
      let draft = stages.get(key);
      if (!draft) {
        draft = {
          stage: { name: stageName, phase: phase ?? phaseOfStageName(stageName), description: '', touchpoints: [], line: record.line },
          order,
          orderRow: record.line,
          phaseGiven: phase !== null,
          first: stages.size,
        };
        stages.set(key, draft);
      } else {
        if (order !== null && draft.order !== null && order !== draft.order) {
          problem('stage_order', `${order} differs from ${draft.order}, given for '${draft.stage.name}' on row ${draft.orderRow}`);
        } else if (order !== null && draft.order === null) {
          draft.order = order;
          draft.orderRow = record.line;
        }
        if (phase !== null && draft.phaseGiven && phase !== draft.stage.phase) {
          problem('phase', `${phase} differs from ${draft.stage.phase}, given for '${draft.stage.name}' earlier`);
        } else if (phase !== null && !draft.phaseGiven) {
          draft.stage = { ...draft.stage, phase };
          draft.phaseGiven = true;
        }
      }
      if (errors.length === 0 && channel && layer) {
        draft.stage.touchpoints.push({
          title,
          description,
          notes: [],
          actors: [],
          emotion,
          channel,
          interaction: interaction ?? undefined,
          ownerTeam: ownerTeam === '' ? null : ownerTeam,
          layer,
          line: record.line,
        });
      }
    }
    return { row: record.line, stage: stageName, title, channel, interaction, layer, emotion, errors };
  });

  const rowErrors = rows.flatMap((row) => row.errors.map((error) => ({ line: row.row, message: `${error.column}: ${error.message}` })));
  if (rowErrors.length > 0) return fail(rowErrors, rows);
  const ordered = [...stages.values()].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.first - b.first).map((draft) => draft.stage);
  return { rows, result: finishImport({ name, description: '', stages: ordered, links: [], painPoints: [] }, []) };
}

/** A CSV grid of touchpoints (comma, semicolon or tab separated; a BOM is ignored). */
export function parseTouchpointCsv(text: string, name = ''): TouchpointGridResult {
  const { records, problems } = readCsv(text);
  if (problems.length > 0) return { rows: [], result: { ok: false, errors: problems.map((problem) => ({ line: problem.line, message: problem.message })) } };
  return parseTouchpointGrid(records, name);
}
