import type { ImportJourneyRequest, ImportJourneyResponse } from '@cxmap/domain';
import { apiFetch } from './client';

export function importJourney(workspaceId: string, body: ImportJourneyRequest): Promise<ImportJourneyResponse> {
  return apiFetch<ImportJourneyResponse>(`/workspaces/${encodeURIComponent(workspaceId)}/journeys/import`, { method: 'POST', body });
}
