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
 * Below this zoom a dashed link's pattern is under two pixels a dash ("8 5" → 2 px and 1.25 px; a
 * "2 5" dot half a pixel): links are drawn solid, as light as their pattern (dashed-link-edge.tsx).
 */
export const SOLID_LINKS_BELOW_ZOOM = 0.25;

const selectDetailed = (s: ReactFlowState): boolean => s.transform[2] >= LIGHT_CARD_BELOW_ZOOM;
const selectDashed = (s: ReactFlowState): boolean => s.transform[2] >= SOLID_LINKS_BELOW_ZOOM;

/** true: full cards. Without a provider (a card rendered on its own) cards are full. */
const CardDetailContext = createContext(true);
/** true: dashed links show their dashes. */
const DashDetailContext = createContext(true);

/**
 * The zoom subscriptions of the canvas: booleans that flip at their thresholds, so zooming and
 * panning re-render nothing until one flips, then every card (or dashed link) once. Its children
 * element is created by the parent, so a flip re-renders only what reads the context.
 */
export function CardDetailProvider({ children }: { children: ReactNode }) {
  const zoomedIn = useStore(selectDetailed);
  const dashesShow = useStore(selectDashed);
  // An image of the whole map shows full cards and dashed links whatever the zoom on screen.
  const fullRender = useFullRender();
  return (
    <CardDetailContext value={fullRender || zoomedIn}>
      <DashDetailContext value={fullRender || dashesShow}>{children}</DashDetailContext>
    </CardDetailContext>
  );
}

export function useCardDetail(): boolean {
  return useContext(CardDetailContext);
}

export function useDashDetail(): boolean {
  return useContext(DashDetailContext);
}
