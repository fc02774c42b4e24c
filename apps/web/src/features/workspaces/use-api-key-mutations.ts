import type { ApiKeyDto, CreateApiKeyRequest } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiKeyKeys, createApiKey, revokeApiKey } from '../../api/api-keys';
import { describeError } from '../../api/problem';

export function useCreateApiKey(workspaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateApiKeyRequest) => createApiKey(workspaceId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.list(workspaceId) }),
  });
}

/** Takes the key out of the list at once; puts it back and says why if the revocation fails. */
export function useRevokeApiKey(workspaceId: string) {
  const queryClient = useQueryClient();
  const key = apiKeyKeys.list(workspaceId);
  return useMutation<void, Error, ApiKeyDto, { previous: ApiKeyDto[] | undefined }>({
    mutationFn: (apiKey) => revokeApiKey(workspaceId, apiKey.id),
    onMutate: async (apiKey) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<ApiKeyDto[]>(key);
      queryClient.setQueryData<ApiKeyDto[]>(key, (list) => list?.filter((k) => k.id !== apiKey.id));
      return { previous };
    },
    onSuccess: (_data, apiKey) => notifications.show({ color: 'gray', message: `The API key “${apiKey.name}” was revoked.` }),
    onError: (error, apiKey, context) => {
      queryClient.setQueryData(key, context?.previous);
      notifications.show({ color: 'red', title: `The API key “${apiKey.name}” was not revoked`, message: describeError(error) });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
