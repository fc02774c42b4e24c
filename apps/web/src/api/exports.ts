import type { CreateExportRequest, CreatePortfolioExportRequest, ExportJobDto } from '@cxmap/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './client';

/** Whose export: a member's (by journey, or a workspace's portfolio) or a share link holder's (by token). */
export type ExportTarget = { kind: 'journey'; journeyId: string } | { kind: 'workspace'; workspaceId: string } | { kind: 'share'; token: string };

function base(target: ExportTarget): string {
  return target.kind === 'share' ? `/share/${encodeURIComponent(target.token)}` : '';
}

function createPath(target: ExportTarget): string {
  if (target.kind === 'journey') return `/journeys/${encodeURIComponent(target.journeyId)}/exports`;
  if (target.kind === 'workspace') return `/workspaces/${encodeURIComponent(target.workspaceId)}/exports`;
  return `${base(target)}/exports`;
}

export function createExport(target: ExportTarget, body: CreateExportRequest | CreatePortfolioExportRequest): Promise<ExportJobDto> {
  return apiFetch<ExportJobDto>(createPath(target), { method: 'POST', body });
}

export function exportStatus(target: ExportTarget, id: string, signal?: AbortSignal): Promise<ExportJobDto> {
  return apiFetch<ExportJobDto>(`${base(target)}/exports/${encodeURIComponent(id)}`, { signal });
}

/** Where the finished file downloads from (same origin, the session cookie or the link's token). */
export function exportFileUrl(target: ExportTarget, id: string): string {
  return `/api${base(target)}/exports/${encodeURIComponent(id)}/file`;
}

const POLL_MS = 700;

export const exportQueries = {
  /** A job's status, polled until it is done or failed. */
  status: (target: ExportTarget, id: string) =>
    queryOptions({
      queryKey: ['export', target.kind === 'journey' ? target.journeyId : target.kind === 'workspace' ? target.workspaceId : target.token, id] as const,
      queryFn: ({ signal }) => exportStatus(target, id, signal),
      refetchInterval: (query) => (query.state.data?.status === 'done' || query.state.data?.status === 'failed' ? false : POLL_MS),
      gcTime: 0,
    }),
};
