import type { CreatedShareLinkResponse, JourneyGraph, ShareLinkDto, SharedJourneyResponse } from '@cxmap/domain';
import type { AuditedShareLink } from '../audit/audit-entries';
import type { OpenedShareLinkRow, RevokedShareLinkRow, ShareLinkRow } from './share-links.repository';

const iso = (value: Date | null): string | null => (value === null ? null : new Date(value).toISOString());

export function toShareLinkDto(row: ShareLinkRow): ShareLinkDto {
  return {
    id: row.id,
    label: row.label,
    allowExport: row.allow_export,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: iso(row.expires_at),
    lastOpenedAt: iso(row.last_opened_at),
    createdBy: row.creator_id === null ? null : { id: row.creator_id, name: row.creator_name ?? '' },
  };
}

export function toCreatedShareLink(row: ShareLinkRow, token: string): CreatedShareLinkResponse {
  return { ...toShareLinkDto(row), token };
}

/** The member's graph minus what identifies the workspace (its id), plus the link's terms. */
export function toSharedJourney(graph: JourneyGraph, link: OpenedShareLinkRow): SharedJourneyResponse {
  const { workspaceId: _workspaceId, ...journey } = graph.journey;
  return {
    ...graph,
    journey,
    share: { expiresAt: iso(link.expires_at), allowExport: link.allow_export },
  };
}

/** What the audit log keeps of a link: its terms, never its token or hash. */
export function toAuditedShareLink(row: RevokedShareLinkRow): AuditedShareLink {
  return {
    id: row.id,
    label: row.label,
    allowExport: row.allow_export,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: iso(row.expires_at),
  };
}
