import type { CreateShareLinkRequest, ShareLinkDto } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { describeError, isApiError } from '../../api/problem';
import { createShareLink, revokeShareLink, shareLinkKeys } from '../../api/share-links';

export function useCreateShareLink(journeyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateShareLinkRequest) => createShareLink(journeyId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: shareLinkKeys.list(journeyId) }),
  });
}

/** Takes the link off the list at once; puts it back if the API refuses (a link already gone stays off). */
export function useRevokeShareLink(journeyId: string) {
  const queryClient = useQueryClient();
  const key = shareLinkKeys.list(journeyId);
  return useMutation({
    mutationFn: (link: ShareLinkDto) => revokeShareLink(journeyId, link.id),
    onMutate: async (link) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<ShareLinkDto[]>(key);
      queryClient.setQueryData<ShareLinkDto[]>(key, (links) => links?.filter((l) => l.id !== link.id));
      return { before };
    },
    onError: (error, _link, context) => {
      // 404: someone revoked it first, or it expired meanwhile; either way it is gone, as wanted.
      if (isApiError(error, 404)) return;
      queryClient.setQueryData(key, context?.before);
      notifications.show({ color: 'red', title: 'The link was not revoked', message: describeError(error) });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
