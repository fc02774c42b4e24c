import type { MetricHealth } from '@cxmap/domain';
import type PptxGenJS from 'pptxgenjs';

/** Slide geometry (inches, LAYOUT_WIDE 13.33 × 7.5) and colours shared by every slide. */
export const SLIDE = { width: 13.333, height: 7.5, margin: 0.5, titleY: 0.35, bodyY: 1.3 } as const;
export const CONTENT_WIDTH = SLIDE.width - 2 * SLIDE.margin;

export const COLORS = {
  ink: '212529',
  muted: '6C757D',
  accent: '1C7ED6',
  rule: 'DEE2E6',
  headerFill: 'E9ECEF',
  critical: 'C92A2A',
} as const;

export const HEALTH_COLORS: Record<MetricHealth, string> = {
  on_target: '2F9E44',
  at_risk: 'F08C00',
  off_target: 'E03131',
  no_data: 'ADB5BD',
};

export const FONT = 'Calibri';
export const MASTER = 'CXMAP_CONTENT';

/** A content master: a thin accent rule under the title, the journey and slide number in the footer. */
export function defineMaster(pptx: PptxGenJS, footer: string): void {
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      { rect: { x: SLIDE.margin, y: 1.05, w: CONTENT_WIDTH, h: 0.03, fill: { color: COLORS.accent } } },
      {
        text: {
          text: footer,
          options: { x: SLIDE.margin, y: SLIDE.height - 0.45, w: CONTENT_WIDTH - 1, h: 0.3, fontFace: FONT, fontSize: 10, color: COLORS.muted },
        },
      },
    ],
    slideNumber: { x: SLIDE.width - SLIDE.margin - 0.6, y: SLIDE.height - 0.45, w: 0.6, h: 0.3, fontFace: FONT, fontSize: 10, color: COLORS.muted },
  });
}

export function addTitle(slide: PptxGenJS.Slide, title: string, subtitle?: string): void {
  slide.addText(title, {
    x: SLIDE.margin,
    y: SLIDE.titleY,
    w: CONTENT_WIDTH,
    h: 0.6,
    fontFace: FONT,
    fontSize: 26,
    bold: true,
    color: COLORS.ink,
    fit: 'shrink',
  });
  if (subtitle) {
    slide.addText(subtitle, { x: SLIDE.margin, y: 1.1, w: CONTENT_WIDTH, h: 0.3, fontFace: FONT, fontSize: 12, color: COLORS.muted });
  }
}

export type Cell = PptxGenJS.TableCell;

export function headerRow(labels: readonly string[]): Cell[] {
  return labels.map((text) => ({ text, options: { bold: true, fill: { color: COLORS.headerFill }, color: COLORS.ink } }));
}

export function cell(text: string | number | null, options: PptxGenJS.TableCellProps = {}): Cell {
  return { text: text === null ? '—' : String(text), options };
}

export function healthCell(health: MetricHealth, label: string): Cell {
  return { text: label, options: { bold: true, color: HEALTH_COLORS[health] } };
}

/** Table defaults: long tables continue on new slides with the header repeated. */
export function tableOptions(colW: number[]): PptxGenJS.TableProps {
  return {
    x: SLIDE.margin,
    y: 1.55,
    w: CONTENT_WIDTH,
    colW,
    fontFace: FONT,
    fontSize: 12,
    color: COLORS.ink,
    valign: 'middle',
    border: { type: 'solid', pt: 0.5, color: COLORS.rule },
    autoPage: true,
    autoPageRepeatHeader: true,
    autoPageHeaderRows: 1,
    autoPageSlideStartY: 1.55,
    margin: 0.06,
  };
}
