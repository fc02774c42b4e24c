import type { ChangePasswordRequest, MeResponse } from '@cxmap/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { changePassword, deleteAccount, logoutEverywhere, updateAccount } from '../../api/account';
import { authKeys } from '../../api/auth';

export function useRenameAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => updateAccount({ name }),
    onSuccess: (user) => {
      queryClient.setQueryData<MeResponse>(authKeys.me(), (me) => me && { ...me, user });
    },
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (request: ChangePasswordRequest) => changePassword(request) });
}

/** After the session is gone: to the login page, with nothing of the old user left in the cache. */
function useSignedOut() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return async () => {
    await navigate('/login', { replace: true });
    queryClient.clear();
  };
}

export function useLogoutEverywhere() {
  const signedOut = useSignedOut();
  return useMutation({ mutationFn: logoutEverywhere, onSuccess: signedOut });
}

export function useDeleteAccount() {
  const signedOut = useSignedOut();
  return useMutation({ mutationFn: (password: string) => deleteAccount({ password }), onSuccess: signedOut });
}
