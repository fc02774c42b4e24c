import type { AnnotationKind, AnnotationStatus } from '@cxmap/domain';

export const KIND_LABELS: Record<AnnotationKind, string> = {
  pain_point: 'Pain point',
  opportunity: 'Opportunity',
  idea: 'Idea',
  comment: 'Comment',
};

export const STATUS_LABELS: Record<AnnotationStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  resolved: 'Resolved',
  wont_fix: 'Won’t fix',
};

export const STATUS_COLORS: Record<AnnotationStatus, string> = { open: 'blue', in_progress: 'violet', resolved: 'green', wont_fix: 'gray' };

export const SEVERITY_COLORS = { low: 'yellow', medium: 'orange', high: 'red', critical: 'red' } as const;
