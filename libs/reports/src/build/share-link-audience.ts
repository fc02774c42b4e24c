import type { JourneyReportInput } from './input';

/** Stands in for the workspace's name in a report made through a share link (the link shows no workspace). */
export const SHARED_WORKSPACE_LABEL = 'Shared journey';
/** Stands in for a member's name in such a report. */
export const SHARED_AUTHOR_LABEL = 'A team member';

/**
 * A journey's report input as a share link's holder may see it: the map, metrics and annotations
 * (what the link's owner allowed exports of), but no member's name, no replies and no workspace name.
 */
export function forShareLinkAudience(input: JourneyReportInput): JourneyReportInput {
  return {
    ...input,
    workspace: { id: input.workspace.id, name: SHARED_WORKSPACE_LABEL },
    annotations: input.annotations.map((annotation) => ({ ...annotation, author: SHARED_AUTHOR_LABEL, replies: [] })),
  };
}
