import type { JourneyReport } from '../../model';
import { COLORS, type Doc } from '../pdf-document';
import { paragraph, sectionPage } from '../pdf-draw';
import { drawAnnotation } from './pains';

const KIND_LABELS = { comment: 'Comment', idea: 'Idea', opportunity: 'Opportunity', pain_point: 'Pain point' } as const;

export function drawComments(doc: Doc, report: JourneyReport): void {
  sectionPage(doc, 'Comments, ideas and opportunities');
  if (report.comments.length === 0) {
    paragraph(doc, 'No comments, ideas or opportunities on this journey.', { size: 10, color: COLORS.muted });
    return;
  }
  for (const comment of report.comments) drawAnnotation(doc, comment, `${KIND_LABELS[comment.kind]}: `);
}
