import type { ImportJourneyRequest, ImportJourneyResponse, ImportPreviewResponse } from '@cxmap/domain';
import { apiFetch } from './client';

export function importJourney(workspaceId: string, body: ImportJourneyRequest): Promise<ImportJourneyResponse> {
  return apiFetch<ImportJourneyResponse>(`/workspaces/${encodeURIComponent(workspaceId)}/journeys/import`, { method: 'POST', body });
}

/** `?dryRun=true`: what the file would become (grid rows with their errors); nothing is written. */
export function previewImport(workspaceId: string, body: ImportJourneyRequest, signal?: AbortSignal): Promise<ImportPreviewResponse> {
  return apiFetch<ImportPreviewResponse>(`/workspaces/${encodeURIComponent(workspaceId)}/journeys/import?dryRun=true`, { method: 'POST', body, signal });
}
