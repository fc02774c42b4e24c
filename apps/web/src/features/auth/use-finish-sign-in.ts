import type { MeResponse } from '@cxmap/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router';
import { authKeys } from '../../api/auth';
import { redirectTargetFrom } from '../../app/redirect';

/** After logging in or signing up: remember the user, then open the page they asked for or their workspace. */
export function useFinishSignIn(): (me: MeResponse) => void {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { search } = useLocation();
  return (me) => {
    queryClient.setQueryData(authKeys.me(), me);
    const first = me.workspaces[0];
    void navigate(redirectTargetFrom(search) ?? (first ? `/w/${first.id}` : '/'), { replace: true });
  };
}
