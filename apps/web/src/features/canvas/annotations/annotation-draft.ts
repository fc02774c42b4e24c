import { ANNOTATION_LIMITS, type AnnotationKind, type AnnotationSeverity, type EvidenceItem } from '@cxmap/domain';

/** What the add/edit form holds. */
export interface AnnotationDraft {
  kind: AnnotationKind;
  severity: AnnotationSeverity | null;
  title: string;
  body: string;
  /** Evidence links, one URL a line. */
  links: string;
}

export type DraftField = 'severity' | 'title' | 'body' | 'links';

export interface DraftContent {
  kind: AnnotationKind;
  severity: AnnotationSeverity | null;
  title: string;
  body: string;
  evidence: EvidenceItem[];
}

export const EMPTY_DRAFT: AnnotationDraft = { kind: 'pain_point', severity: null, title: '', body: '', links: '' };

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The draft as the API wants it, or what is wrong with it (checked in the browser first, with the
 * API's own limits, so a typo never costs a round trip). Only pain points carry a severity.
 */
export function readDraft(draft: AnnotationDraft): { content: DraftContent } | { errors: Partial<Record<DraftField, string>> } {
  const errors: Partial<Record<DraftField, string>> = {};
  const title = draft.title.trim();
  if (title === '') errors.title = 'Give it a title';
  else if (title.length > ANNOTATION_LIMITS.titleMax) errors.title = `At most ${ANNOTATION_LIMITS.titleMax} characters`;
  if (draft.body.length > ANNOTATION_LIMITS.bodyMax) errors.body = `At most ${ANNOTATION_LIMITS.bodyMax} characters`;
  const painPoint = draft.kind === 'pain_point';
  if (painPoint && draft.severity === null) errors.severity = 'A pain point needs a severity';
  const urls = draft.links
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const bad = urls.find((url) => !isHttpUrl(url) || url.length > ANNOTATION_LIMITS.urlMax);
  if (bad !== undefined) errors.links = `Not an http(s) link: ${bad.slice(0, 60)}`;
  else if (urls.length > ANNOTATION_LIMITS.evidenceMax) errors.links = `At most ${ANNOTATION_LIMITS.evidenceMax} links`;
  if (Object.keys(errors).length > 0) return { errors };
  return {
    content: {
      kind: draft.kind,
      severity: painPoint ? draft.severity : null,
      title,
      body: draft.body.trim(),
      evidence: urls.map((url) => ({ kind: 'link', text: '', url })),
    },
  };
}
