import type { ReportFormat, ReportSection } from '@cxmap/reports';
import type { AuditEntry } from '../audit/audit-recorder';

/** `journey.exported`: the format and sections (the journey is added by the recorder). */
export function journeyExported(format: ReportFormat, sections: readonly ReportSection[], shareLinkId: string | null): AuditEntry {
  const through = shareLinkId === null ? '' : ' through a share link';
  return {
    action: 'journey.exported',
    summary: `Exported a ${format.toUpperCase()} report${through} (${sections.join(', ')})`,
    change: { format, sections, ...(shareLinkId === null ? {} : { shareLinkId }) },
  };
}

/** `portfolio.exported`: a workspace-level event (no journey). */
export function portfolioExported(range: { from: string; to: string } | null): AuditEntry {
  return {
    action: 'portfolio.exported',
    summary: `Exported the portfolio as a PDF report${range ? ` (${range.from} to ${range.to})` : ''}`,
    change: { format: 'pdf', range },
  };
}
