import { Anchor, Button, Center, Group, Loader, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { describeError, isApiError } from '../../api/problem';

/** Placeholder shaped like the canvas (toolbar, then stage columns) while the graph loads. */
export function CanvasLoading() {
  return (
    <Stack h="100%" gap={0} role="status" aria-label="Loading the journey">
      <Group h={52} px="md" gap="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }} bg="white">
        <Skeleton h={14} w={90} />
        <Skeleton h={18} w={220} />
        <Loader size="xs" ml="auto" />
      </Group>
      <Group gap="md" p="md" align="flex-start" style={{ flex: 1, overflow: 'hidden' }} wrap="nowrap">
        {Array.from({ length: 5 }, (_, i) => (
          <Stack key={i} gap="md" w={260} style={{ flex: 'none' }}>
            <Skeleton h={64} />
            <Skeleton h={96} />
            <Skeleton h={96} />
          </Stack>
        ))}
      </Group>
    </Stack>
  );
}

/** 404: "Journey not found"; anything else: the problem, with a retry. Both link back to the list. */
export function CanvasLoadError({ workspaceId, error, onRetry }: { workspaceId: string; error: unknown; onRetry: () => void }) {
  const notFound = isApiError(error, 404);
  return (
    <Center h="100%" p="md">
      <Stack align="center" gap="sm" maw={440} ta="center">
        <Title order={2}>{notFound ? 'Journey not found' : 'The journey could not be loaded'}</Title>
        <Text c="dimmed">{notFound ? 'It may have been deleted, or you no longer have access to it.' : describeError(error)}</Text>
        <Group gap="sm">
          {!notFound && <Button onClick={onRetry}>Try again</Button>}
          <Anchor component={Link} to={`/w/${workspaceId}`}>
            Back to journeys
          </Anchor>
        </Group>
      </Stack>
    </Center>
  );
}
