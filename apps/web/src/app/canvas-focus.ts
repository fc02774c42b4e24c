/**
 * The canvas URL contract shared by the pages that link into a journey (e.g. the needs-review
 * queue) and the canvas that honours it.
 */
/** The side-panel tabs a link can open on. */
export const FOCUS_TABS = ['details', 'metrics', 'annotations'] as const;
export type FocusTab = (typeof FOCUS_TABS)[number];

/** What a link into the canvas asks it to select, centre and open, e.g. `?touchpoint=<id>&tab=annotations`. */
export interface CanvasFocus {
  target: FocusTarget;
  tab: FocusTab;
}

/** A touchpoint, link or stage of the journey (the side panel's targets). */
export interface FocusTarget {
  kind: 'touchpoint' | 'link' | 'stage';
  id: string;
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
export function focusSearch(target: FocusTarget, tab: FocusTab = 'details'): string {
  const search = new URLSearchParams({ [target.kind]: target.id });
  if (tab !== 'details') search.set('tab', tab);
  return `?${search.toString()}`;
}
