import type { MeResponse } from '@cxmap/domain';
import { createContext, useContext } from 'react';

export const MeContext = createContext<MeResponse | null>(null);

/** The signed-in user and their workspaces; only inside the auth gate. */
export function useMe(): MeResponse {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe() is used outside the auth gate');
  return me;
}
