import { Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import type { EditorSnapshot } from './journey-editor';

/** "Saving…", "All changes saved", or the save error with a Retry button. */
export function SaveStatus({ state, onRetry }: { state: EditorSnapshot; onRetry: () => void }) {
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-live="polite" data-testid="save-state">
      {state.save === 'saving' && (
        <>
          <Loader size={14} />
          <Text size="sm" c="dimmed">
            Saving…
          </Text>
        </>
      )}
      {state.save === 'saved' && (
        <>
          <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-hidden />
          <Text size="sm" c="dimmed">
            All changes saved
          </Text>
        </>
      )}
      {state.save === 'error' && (
        <>
          <IconAlertTriangle size={16} color="var(--mantine-color-red-6)" aria-hidden />
          <Text size="sm" c="red.7" maw={260} truncate="end" title={state.error ?? undefined}>
            Not saved: {state.error}
          </Text>
          <Button size="compact-sm" variant="light" color="red" onClick={onRetry}>
            Retry
          </Button>
        </>
      )}
    </Group>
  );
}
