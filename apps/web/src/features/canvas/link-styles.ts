import type { LinkType } from '@cxmap/domain';

export interface LinkStyle {
  color: string;
  width: number;
  /** SVG stroke-dasharray, or undefined for a solid line. */
  dash?: string;
}

/** How each ecosystem-link type is drawn; the legend reads the same table. */
export const LINK_STYLES: Record<LinkType, LinkStyle> = {
  leads_to: { color: '#64748b', width: 1.5 },
  hand_off: { color: '#e8590c', width: 2, dash: '8 5' },
  escalation: { color: '#e03131', width: 2.75 },
  depends_on: { color: '#1c7ed6', width: 1.75, dash: '2 5' },
  feedback_loop: { color: '#2f9e44', width: 2, dash: '12 4 3 4' },
};
