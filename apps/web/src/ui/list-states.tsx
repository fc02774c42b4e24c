import { Alert, Button, EmptyState, Group } from '@mantine/core';
import { IconAlertCircle, IconPlus, IconRefresh, IconRoute2 } from '@tabler/icons-react';

export interface LoadErrorProps {
  title: string;
  message: string;
  retrying: boolean;
  onRetry: () => void;
}

export function LoadError({ title, message, retrying, onRetry }: LoadErrorProps) {
  return (
    <Alert color="red" variant="light" radius="lg" title={title} icon={<IconAlertCircle aria-hidden />} role="alert">
      {message}
      <Group mt="md">
        <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={14} aria-hidden />} loading={retrying} onClick={onRetry}>
          Try again
        </Button>
      </Group>
    </Alert>
  );
}

/** The empty list; without `onCreate` (a reader's view) it only says that nothing is there yet. */
export function NoJourneys({ onCreate }: { onCreate?: () => void }) {
  return (
    <EmptyState
      py={64}
      px="md"
      variant="light"
      color="indigo"
      size="lg"
      icon={<IconRoute2 size={32} aria-hidden />}
      title={onCreate ? 'Map your first customer journey' : 'No journeys yet'}
      description={
        onCreate
          ? 'Start from a lifecycle template — awareness to advocacy, or a service lifecycle — then add the touchpoints where customers meet your brand, your product and your people.'
          : 'Journeys that the editors of this workspace create will appear here.'
      }
      bg="white"
      bd="1px dashed var(--mantine-color-gray-4)"
      style={{ borderRadius: 'var(--mantine-radius-lg)' }}
    >
      {onCreate && (
        <EmptyState.Actions>
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onCreate}>
            Create your first journey
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
