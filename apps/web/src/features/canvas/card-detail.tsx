import { useStore, type ReactFlowState } from '@xyflow/react';
import { createContext, useContext, type ReactNode } from 'react';
import { useFullRender } from './full-render';

/**
 * Below this zoom a card's text cannot be read (its 11–13 px lines are under 6 px on screen), so the
 * cards draw a light version: title and colour cues only, a few DOM nodes instead of ~30 and no
 * badge or pain subscriptions. The canvas opens at 0.6 or more, so a card is light only once zoomed out.
 */
export const LIGHT_CARD_BELOW_ZOOM = 0.45;

/**
 * Below this zoom the map is an overview, too small for fine detail: a dashed link's pattern is under
 * two pixels a dash ("8 5" → 2 px and 1.25 px; a "2 5" dot half a pixel), so links are drawn solid, as
 * light as their pattern (dashed-link-edge.tsx); a card's 10 px handle is under 2.5 px, too small to
 * start a link from, so light cards leave their handles out (the links still end where they would be:
 * React Flow is told the handles' places, journey-to-flow.ts). A fitted map of 2,000 cards has 4,000
 * elements fewer to draw.
 */
export const OVERVIEW_BELOW_ZOOM = 0.25;

const selectDetailed = (s: ReactFlowState): boolean => s.transform[2] >= LIGHT_CARD_BELOW_ZOOM;
const selectFine = (s: ReactFlowState): boolean => s.transform[2] >= OVERVIEW_BELOW_ZOOM;

/** true: full cards. Without a provider (a card rendered on its own) cards are full. */
const CardDetailContext = createContext(true);
/** true: fine detail shows (dashes, handles). */
const FineDetailContext = createContext(true);

/**
 * The zoom subscriptions of the canvas: booleans that flip at their thresholds, so zooming and
 * panning re-render nothing until one flips, then every card (or dashed link) once. Its children
 * element is created by the parent, so a flip re-renders only what reads the context.
 */
export function CardDetailProvider({ children }: { children: ReactNode }) {
  const zoomedIn = useStore(selectDetailed);
  const fine = useStore(selectFine);
  // An image of the whole map shows full cards and dashed links whatever the zoom on screen.
  const fullRender = useFullRender();
  return (
    <CardDetailContext value={fullRender || zoomedIn}>
      <FineDetailContext value={fullRender || fine}>{children}</FineDetailContext>
    </CardDetailContext>
  );
}

export function useCardDetail(): boolean {
  return useContext(CardDetailContext);
}

/** true: dashes and handles show (at or above OVERVIEW_BELOW_ZOOM, or in a full render). */
export function useFineDetail(): boolean {
  return useContext(FineDetailContext);
}
