import type {
  AttachMetricRequest,
  MeasurementBatchRequest,
  MeasurementBatchResponse,
  MeasurementCsvResponse,
  MeasurementDto,
  MetricAttachmentDto,
  MetricDefinitionDto,
  UpdateMetricAttachmentRequest,
  UpdateMetricDefinitionRequest,
  CreateMetricDefinitionRequest,
} from '@cxmap/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './client';

const journeyPath = (journeyId: string): string => `/journeys/${encodeURIComponent(journeyId)}`;

export function listMetricDefinitions(workspaceId: string, signal?: AbortSignal): Promise<MetricDefinitionDto[]> {
  return apiFetch<MetricDefinitionDto[]>(`/workspaces/${encodeURIComponent(workspaceId)}/metric-definitions`, { signal });
}

const definitionPath = (workspaceId: string, key: string): string =>
  `/workspaces/${encodeURIComponent(workspaceId)}/metric-definitions/${encodeURIComponent(key)}`;

export function createMetricDefinition(workspaceId: string, body: CreateMetricDefinitionRequest): Promise<MetricDefinitionDto> {
  return apiFetch<MetricDefinitionDto>(`/workspaces/${encodeURIComponent(workspaceId)}/metric-definitions`, { method: 'POST', body });
}

/** Name, description and family only: the rest of a metric is fixed once it exists. `version` must be the one read; a stale one is answered 409 and nothing changes. */
export function updateMetricDefinition(workspaceId: string, key: string, body: UpdateMetricDefinitionRequest): Promise<MetricDefinitionDto> {
  return apiFetch<MetricDefinitionDto>(definitionPath(workspaceId, key), { method: 'PATCH', body });
}

/** `version` must be the one read: a stale one is answered 409 VERSION_CONFLICT and nothing is deleted; 409 METRIC_IN_USE while it is attached anywhere. */
export function deleteMetricDefinition(workspaceId: string, key: string, version: number): Promise<void> {
  return apiFetch<void>(`${definitionPath(workspaceId, key)}?version=${encodeURIComponent(String(version))}`, { method: 'DELETE' });
}

/** Every metric attached in the journey, each with its latest period's score and health. */
export function listJourneyMetrics(journeyId: string, signal?: AbortSignal): Promise<MetricAttachmentDto[]> {
  return apiFetch<MetricAttachmentDto[]>(`${journeyPath(journeyId)}/metrics`, { signal });
}

export function attachMetric(journeyId: string, body: AttachMetricRequest): Promise<MetricAttachmentDto> {
  return apiFetch<MetricAttachmentDto>(`${journeyPath(journeyId)}/metrics`, { method: 'POST', body });
}

/** `version` must be the one read; a stale one is answered 409 and nothing changes. */
export function updateMetricAttachment(journeyId: string, attachmentId: string, body: UpdateMetricAttachmentRequest): Promise<MetricAttachmentDto> {
  return apiFetch<MetricAttachmentDto>(`${journeyPath(journeyId)}/metrics/${encodeURIComponent(attachmentId)}`, { method: 'PATCH', body });
}

export function detachMetric(journeyId: string, attachmentId: string): Promise<void> {
  return apiFetch<void>(`${journeyPath(journeyId)}/metrics/${encodeURIComponent(attachmentId)}`, { method: 'DELETE' });
}

export function recordMeasurements(journeyId: string, body: MeasurementBatchRequest): Promise<MeasurementBatchResponse> {
  return apiFetch<MeasurementBatchResponse>(`${journeyPath(journeyId)}/measurements`, { method: 'POST', body });
}

/** A measurement CSV: `dryRun` previews every line and writes nothing; otherwise all or nothing (422 with every bad line). */
export function recordMeasurementCsv(journeyId: string, csv: string, dryRun: boolean, signal?: AbortSignal): Promise<MeasurementCsvResponse> {
  return apiFetch<MeasurementCsvResponse>(`${journeyPath(journeyId)}/measurements/csv?dryRun=${dryRun}`, { method: 'POST', body: { csv }, signal });
}

export interface MeasurementRange {
  from?: string;
  to?: string;
}

export function listMeasurements(journeyId: string, attachmentId: string, range: MeasurementRange, signal?: AbortSignal): Promise<MeasurementDto[]> {
  const search = new URLSearchParams();
  if (range.from) search.set('from', range.from);
  if (range.to) search.set('to', range.to);
  const query = search.toString() === '' ? '' : `?${search.toString()}`;
  return apiFetch<MeasurementDto[]>(`${journeyPath(journeyId)}/metrics/${encodeURIComponent(attachmentId)}/measurements${query}`, { signal });
}

export const metricKeys = {
  definitions: (workspaceId: string) => ['metrics', 'definitions', workspaceId] as const,
  /** Everything metric-related of one journey; invalidating it refreshes badges and open tabs alike. */
  journey: (journeyId: string) => ['metrics', 'journey', journeyId] as const,
  attachments: (journeyId: string) => ['metrics', 'journey', journeyId, 'attachments'] as const,
  measurements: (journeyId: string, attachmentId: string, range: MeasurementRange) =>
    ['metrics', 'journey', journeyId, 'measurements', attachmentId, range.from ?? '', range.to ?? ''] as const,
};

export const metricQueries = {
  definitions: (workspaceId: string) =>
    queryOptions({
      queryKey: metricKeys.definitions(workspaceId),
      queryFn: ({ signal }) => listMetricDefinitions(workspaceId, signal),
      // The catalog changes rarely (custom metrics only).
      staleTime: 5 * 60_000,
    }),
  attachments: (journeyId: string) =>
    queryOptions({
      queryKey: metricKeys.attachments(journeyId),
      queryFn: ({ signal }) => listJourneyMetrics(journeyId, signal),
    }),
  measurements: (journeyId: string, attachmentId: string, range: MeasurementRange) =>
    queryOptions({
      queryKey: metricKeys.measurements(journeyId, attachmentId, range),
      queryFn: ({ signal }) => listMeasurements(journeyId, attachmentId, range, signal),
    }),
};
