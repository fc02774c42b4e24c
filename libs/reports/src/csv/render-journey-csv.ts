import { INTERACTION_LABELS, LAYER_LABELS } from '@cxmap/domain';
import Papa from 'papaparse';
import type { JourneyReport, ReportRenderer } from '../model';
import { HEALTH_LABELS, keyMetricOf, openPainTotal, round } from '../shared/labels';
import { progressSteps } from '../shared/progress';

export const JOURNEY_CSV_COLUMNS = [
  'Stage',
  'Touchpoint',
  'Description',
  'Channel',
  'Interaction',
  'Layer',
  'Owner team',
  'Emotion',
  'Key metric',
  'Latest score',
  'Target',
  'Health',
  'Open pain points',
] as const;

/** Byte order mark: without it Excel reads UTF-8 as the local code page and mangles "→" or "é". */
const BOM = '\uFEFF';

/**
 * A cell that starts with one of these is a formula to a spreadsheet (`=HYPERLINK(…)`, `+1+cmd|…`):
 * such text cells get a leading apostrophe (OWASP "CSV injection"). Numbers are written as numbers.
 * papaparse's own pattern for `escapeFormulae: true` ends in `.*$`, which misses a cell whose first
 * line is the formula and that goes on after a line break; this one looks at the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One row per touchpoint, stages in order; RFC 4180 (CRLF, quotes doubled), UTF-8 with BOM. */
export const renderJourneyCsv: ReportRenderer<JourneyReport> = async (report, onProgress) => {
  const progress = progressSteps(1, onProgress);
  const rows = report.stages.flatMap((stage) =>
    stage.touchpoints.map((touchpoint) => {
      const key = keyMetricOf(touchpoint);
      return [
        stage.name,
        touchpoint.title,
        touchpoint.description,
        touchpoint.channelLabel,
        INTERACTION_LABELS[touchpoint.interaction],
        LAYER_LABELS[touchpoint.layer],
        touchpoint.ownerTeam ?? '',
        touchpoint.emotion ?? '',
        key?.name ?? '',
        key?.latest?.score == null ? '' : round(key.latest.score, 2),
        key?.target ?? '',
        HEALTH_LABELS[touchpoint.health],
        openPainTotal(touchpoint.openPains),
      ];
    }),
  );
  const text = Papa.unparse(
    { fields: [...JOURNEY_CSV_COLUMNS], data: rows },
    { newline: '\r\n', quotes: false, quoteChar: '"', escapeChar: '"', escapeFormulae: FORMULA_START },
  );
  progress.done();
  return new TextEncoder().encode(BOM + text + '\r\n');
};
