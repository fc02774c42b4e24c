import { Card, Group, Skeleton, Stack } from '@mantine/core';

export function JourneyCardSkeleton() {
  return (
    <Card withBorder radius="lg" padding="lg" aria-hidden>
      <Stack gap="sm">
        <Skeleton h={20} w="70%" />
        <Group gap={6}>
          <Skeleton h={18} w={64} />
          <Skeleton h={18} w={90} />
        </Group>
        <Skeleton h={12} w="100%" />
        <Skeleton h={12} w="80%" />
        <Group justify="space-between" pt="sm">
          <Skeleton h={10} w={120} />
          <Skeleton h={10} w={90} />
        </Group>
      </Stack>
    </Card>
  );
}
