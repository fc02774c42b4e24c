import type {
  AnnotationDto,
  AnnotationPage,
  AnnotationQuery,
  AnnotationReplyDto,
  AnnotationSummaryResponse,
  CreateAnnotationRequest,
  CreateReplyRequest,
  UpdateAnnotationRequest,
  UpdateReplyRequest,
} from '@cxmap/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './client';

const basePath = (journeyId: string): string => `/journeys/${encodeURIComponent(journeyId)}/annotations`;
const itemPath = (journeyId: string, annotationId: string): string => `${basePath(journeyId)}/${encodeURIComponent(annotationId)}`;

export function listAnnotations(journeyId: string, query: AnnotationQuery, signal?: AbortSignal): Promise<AnnotationPage> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, String(value));
  const suffix = search.toString() === '' ? '' : `?${search.toString()}`;
  return apiFetch<AnnotationPage>(`${basePath(journeyId)}${suffix}`, { signal });
}

/** Unresolved annotations per touchpoint, stage and link: the canvas markers. */
export function annotationSummary(journeyId: string, signal?: AbortSignal): Promise<AnnotationSummaryResponse> {
  return apiFetch<AnnotationSummaryResponse>(`${basePath(journeyId)}/summary`, { signal });
}

export function createAnnotation(journeyId: string, body: CreateAnnotationRequest): Promise<AnnotationDto> {
  return apiFetch<AnnotationDto>(basePath(journeyId), { method: 'POST', body });
}

/** `version` must be the one read; a stale one is answered 409 and nothing changes. */
export function updateAnnotation(journeyId: string, annotationId: string, body: UpdateAnnotationRequest): Promise<AnnotationDto> {
  return apiFetch<AnnotationDto>(itemPath(journeyId, annotationId), { method: 'PATCH', body });
}

export function deleteAnnotation(journeyId: string, annotationId: string): Promise<void> {
  return apiFetch<void>(itemPath(journeyId, annotationId), { method: 'DELETE' });
}

export function listReplies(journeyId: string, annotationId: string, signal?: AbortSignal): Promise<AnnotationReplyDto[]> {
  return apiFetch<AnnotationReplyDto[]>(`${itemPath(journeyId, annotationId)}/replies`, { signal });
}

export function createReply(journeyId: string, annotationId: string, body: CreateReplyRequest): Promise<AnnotationReplyDto> {
  return apiFetch<AnnotationReplyDto>(`${itemPath(journeyId, annotationId)}/replies`, { method: 'POST', body });
}

/** `version` must be the one read; only the author may edit a reply. */
export function updateReply(journeyId: string, annotationId: string, replyId: string, body: UpdateReplyRequest): Promise<AnnotationReplyDto> {
  return apiFetch<AnnotationReplyDto>(`${itemPath(journeyId, annotationId)}/replies/${encodeURIComponent(replyId)}`, { method: 'PATCH', body });
}

/** Its author or a workspace owner deletes a reply. */
export function deleteReply(journeyId: string, annotationId: string, replyId: string): Promise<void> {
  return apiFetch<void>(`${itemPath(journeyId, annotationId)}/replies/${encodeURIComponent(replyId)}`, { method: 'DELETE' });
}

export const annotationKeys = {
  /** Everything annotation-related of one journey; invalidating it refreshes markers, lists and replies. */
  journey: (journeyId: string) => ['annotations', journeyId] as const,
  summary: (journeyId: string) => ['annotations', journeyId, 'summary'] as const,
  list: (journeyId: string, targetId: string) => ['annotations', journeyId, 'list', targetId] as const,
  replies: (journeyId: string, annotationId: string) => ['annotations', journeyId, 'replies', annotationId] as const,
};

export const annotationQueries = {
  summary: (journeyId: string) =>
    queryOptions({ queryKey: annotationKeys.summary(journeyId), queryFn: ({ signal }) => annotationSummary(journeyId, signal) }),
  /** The newest 200 of one target (the API's page maximum), every status: the tab filters open ones itself, since "open" also means in progress. */
  list: (journeyId: string, targetId: string) =>
    queryOptions({
      queryKey: annotationKeys.list(journeyId, targetId),
      queryFn: ({ signal }) => listAnnotations(journeyId, { target: targetId, limit: 200 }, signal),
    }),
  replies: (journeyId: string, annotationId: string) =>
    queryOptions({ queryKey: annotationKeys.replies(journeyId, annotationId), queryFn: ({ signal }) => listReplies(journeyId, annotationId, signal) }),
};
