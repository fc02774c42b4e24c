import {
  UNRESOLVED_STATUSES,
  type AnnotationKind,
  type AnnotationSeverity,
  type AnnotationStatus,
  type AnnotationTargetDto,
  type EvidenceItem,
  type FieldError,
} from '@cxmap/domain';

/**
 * The rules of annotations, pure so they are tested without a database:
 * - a pain point has a severity, the other kinds none;
 * - evidence says something: a quote has its text, any other item a text or a URL;
 * - the author alone changes what an annotation says (title, body, kind, severity, evidence);
 *   anyone who may comment changes its status and owner team (triage is the team's work);
 * - an annotation is deleted by its author or a workspace owner; a reply likewise.
 */

/** Fields only the author may change. */
export const AUTHOR_FIELDS = ['title', 'body', 'kind', 'severity', 'evidence'] as const;
/** Fields anyone with `journey:comment` may change. */
export const TRIAGE_FIELDS = ['status', 'ownerTeam'] as const;

export type TargetRequest = { touchpointId?: string; stageId?: string; linkId?: string };

/** The one target of a new annotation, or the field errors when not exactly one was sent. */
export function targetOfRequest(request: TargetRequest): AnnotationTargetDto | FieldError[] {
  const given = (
    [
      ['touchpoint', request.touchpointId],
      ['stage', request.stageId],
      ['link', request.linkId],
    ] as const
  ).filter(([, id]) => id !== undefined);
  const [first] = given;
  if (given.length === 1 && first && first[1] !== undefined) return { kind: first[0], id: first[1].toLowerCase() };
  const message = 'send exactly one of touchpointId, stageId and linkId';
  return ['touchpointId', 'stageId', 'linkId'].map((path) => ({ path, message }));
}

export function severityErrors(kind: AnnotationKind, severity: AnnotationSeverity | null): FieldError[] {
  if (kind === 'pain_point' && severity === null) return [{ path: 'severity', message: 'a pain point needs a severity: low, medium, high or critical' }];
  if (kind !== 'pain_point' && severity !== null) return [{ path: 'severity', message: `only pain points have a severity (this is ${kind})` }];
  return [];
}

export function evidenceErrors(items: readonly EvidenceItem[]): FieldError[] {
  return items.flatMap((item, index) => {
    if (item.kind === 'quote' && item.text === '') return [{ path: `evidence.${index}.text`, message: 'a quote needs its text' }];
    if (item.text === '' && item.url === null) return [{ path: `evidence.${index}`, message: 'evidence needs a text or a url' }];
    return [];
  });
}

/**
 * The severity after an edit: the one sent, else none when the kind is no longer a pain point,
 * else the current one (null when an idea becomes a pain point without one: severityErrors says so).
 */
export function nextSeverity(
  current: { kind: AnnotationKind; severity: AnnotationSeverity | null },
  patch: { kind?: AnnotationKind; severity?: AnnotationSeverity | null },
): { kind: AnnotationKind; severity: AnnotationSeverity | null } {
  const kind = patch.kind ?? current.kind;
  if (patch.severity !== undefined) return { kind, severity: patch.severity };
  return { kind, severity: kind === 'pain_point' ? current.severity : null };
}

export function isResolved(status: AnnotationStatus): boolean {
  return !UNRESOLVED_STATUSES.includes(status);
}

/** Which of `fields` the caller sent, among those only the author may change. */
export function authorFieldsIn(patch: object): string[] {
  return AUTHOR_FIELDS.filter((field) => (patch as Record<string, unknown>)[field] !== undefined);
}

export function mayDelete(caller: { userId: string; isOwner: boolean }, authorId: string | null): boolean {
  return caller.isOwner || (authorId !== null && authorId === caller.userId);
}
