import { NO_SELECTION, type CanvasSelection, type PanelTarget } from './selection';

/** The side-panel tabs a link can open on. */
export const FOCUS_TABS = ['details', 'metrics', 'annotations'] as const;
export type FocusTab = (typeof FOCUS_TABS)[number];

/** What a link into the canvas asks it to select, centre and open, e.g. `?touchpoint=<id>&tab=annotations`. */
export interface CanvasFocus {
  target: PanelTarget;
  tab: FocusTab;
}

const TARGET_PARAMS = ['touchpoint', 'link', 'stage'] as const;

/** The focus a canvas URL asks for: the first of `touchpoint`, `link`, `stage` present, and `tab` (default details). */
export function focusFromSearch(search: URLSearchParams): CanvasFocus | null {
  for (const kind of TARGET_PARAMS) {
    const id = search.get(kind);
    if (id) {
      const tab = FOCUS_TABS.find((t) => t === search.get('tab')) ?? 'details';
      return { target: { kind, id }, tab };
    }
  }
  return null;
}

/** The query string that opens the canvas on `target` (and `tab`, when not the details). */
export function focusSearch(target: PanelTarget, tab: FocusTab = 'details'): string {
  const search = new URLSearchParams({ [target.kind]: target.id });
  if (tab !== 'details') search.set('tab', tab);
  return `?${search.toString()}`;
}

/** The canvas selection a focus starts with. */
export function selectionOfFocus(focus: CanvasFocus | null): CanvasSelection {
  if (!focus) return NO_SELECTION;
  const { kind, id } = focus.target;
  if (kind === 'touchpoint') return { nodes: [id], edges: [], stageId: null };
  if (kind === 'link') return { nodes: [], edges: [id], stageId: null };
  return { nodes: [], edges: [], stageId: id };
}
