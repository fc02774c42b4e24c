import type { ImportPreviewResponse, JourneyImportFormat } from '@cxmap/domain';
import { importPreviewOf, parseTouchpointCsv } from '@cxmap/journey-format';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { previewImport } from '../../api/imports';

export interface GridPreviewState {
  preview: ImportPreviewResponse | null;
  checking: boolean;
  error: unknown;
}

/**
 * The row-by-row preview of a grid file: a CSV is read here with the API's own parser; an XLSX
 * workbook (base64) only the server reads, so it is asked for a dry run.
 */
export function useGridPreview(workspaceId: string, format: JourneyImportFormat, content: string): GridPreviewState {
  const local = useMemo(() => {
    if (format !== 'csv' || content.trim() === '') return null;
    const { result, rows } = parseTouchpointCsv(content);
    return importPreviewOf(result, rows);
  }, [format, content]);
  const remote = useQuery({
    queryKey: ['import-preview', workspaceId, format, content],
    queryFn: ({ signal }) => previewImport(workspaceId, { format, content }, signal),
    enabled: format === 'xlsx' && content !== '',
    gcTime: 0,
    retry: false,
  });
  if (format === 'csv') return { preview: local, checking: false, error: null };
  if (format !== 'xlsx' || content === '') return { preview: null, checking: false, error: null };
  return { preview: remote.data ?? null, checking: remote.isFetching, error: remote.error };
}
