import { Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function FullPageLoader({ label }: { label: string }) {
  return (
    <Center h="100dvh" role="status" aria-label={label}>
      <Loader size="md" />
    </Center>
  );
}

export interface FullPageMessageProps {
  title: string;
  message: ReactNode;
  actionLabel?: string;
  onAction?: () => void;
}

export function FullPageMessage({ title, message, actionLabel, onAction }: FullPageMessageProps) {
  return (
    <Center h="100dvh" p="md">
      <Stack align="center" gap="sm" maw={420} ta="center">
        <Title order={2}>{title}</Title>
        <Text c="dimmed">{message}</Text>
        {actionLabel && onAction && (
          <Button mt="sm" onClick={onAction}>
            {actionLabel}
          </Button>
        )}
      </Stack>
    </Center>
  );
}
