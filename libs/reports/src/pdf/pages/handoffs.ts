import { LINK_TYPE_LABELS } from '@cxmap/domain';
import type { JourneyReport } from '../../model';
import type { Doc } from '../pdf-document';
import { drawTable, healthCell } from '../pdf-draw';

export function drawHandoffs(doc: Doc, report: JourneyReport): void {
  drawTable(doc, {
    title: 'Hand-off hot spots',
    empty: 'No hand-off is at risk, off target or carrying open pain points.',
    intro: 'Hand-offs, escalations and measured links whose metrics are at risk or off target, or that carry open pain points.',
    columns: [
      { header: 'From → to', width: 5 },
      { header: 'Type', width: 2 },
      { header: 'Teams', width: 3 },
      { header: 'Health', width: 2 },
      { header: 'Why', width: 5 },
    ],
    rows: report.handoffs.map((spot) => [
      `${spot.link.sourceTitle} → ${spot.link.targetTitle}${spot.link.label ? ` (${spot.link.label})` : ''}`,
      LINK_TYPE_LABELS[spot.link.type],
      `${spot.sourceOwnerTeam ?? '–'} → ${spot.targetOwnerTeam ?? '–'}`,
      healthCell(spot.health),
      spot.reasons.join('; '),
    ]),
  });
}
