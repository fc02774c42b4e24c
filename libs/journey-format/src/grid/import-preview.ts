import type { ImportGridRowDto, ImportPreviewResponse } from '@cxmap/domain';
import type { ImportResult } from '../import/imported-journey';

/** What an import would create, as `?dryRun=true` answers it (and the web shows it for a file read in the browser). */
export function importPreviewOf(result: ImportResult, rows: readonly ImportGridRowDto[], name?: string): ImportPreviewResponse {
  if (!result.ok) return { ok: false, name: name ?? '', stages: [], links: 0, rows: [...rows], errors: result.errors, warnings: [] };
  const { journey, warnings } = result;
  return {
    ok: true,
    name: name ?? journey.name,
    stages: journey.stages.map((stage) => ({ name: stage.name, touchpoints: stage.touchpoints.length })),
    links: journey.links.length,
    rows: [...rows],
    errors: [],
    warnings,
  };
}
