import { useStore, type ReactFlowState } from '@xyflow/react';
import { createContext, useContext, type ReactNode } from 'react';
import { useFullRender } from './full-render';

/**
 * Below this zoom a card's text cannot be read (its 11–13 px lines are under 6 px on screen), so the
 * cards draw a light version: title and colour cues only, a few DOM nodes instead of ~30 and no
 * badge or pain subscriptions. The canvas opens at 0.6 or more, so a card is light only once zoomed out.
 */
export const LIGHT_CARD_BELOW_ZOOM = 0.45;

const selectDetailed = (s: ReactFlowState): boolean => s.transform[2] >= LIGHT_CARD_BELOW_ZOOM;

/** true: full cards. Without a provider (a card rendered on its own) cards are full. */
const CardDetailContext = createContext(true);

/**
 * The one zoom subscription of the canvas: a boolean that flips at the threshold, so zooming and
 * panning re-render nothing until it flips, then every card once. Its children element is created
 * by the parent, so a flip re-renders only the cards that read the context.
 */
export function CardDetailProvider({ children }: { children: ReactNode }) {
  const zoomedIn = useStore(selectDetailed);
  // An image of the whole map shows full cards whatever the zoom on screen.
  const detailed = useFullRender() || zoomedIn;
  return <CardDetailContext value={detailed}>{children}</CardDetailContext>;
}

export function useCardDetail(): boolean {
  return useContext(CardDetailContext);
}
