import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';

/** Asks before deleting, naming the journey and saying it cannot be undone. */
export function confirmDeleteJourney(name: string, onConfirm: () => void): void {
  modals.openConfirmModal({
    title: 'Delete journey?',
    radius: 'lg',
    children: (
      <Text size="sm">
        “<Text span inherit fw={600}>{name}</Text>” will be deleted with all its stages, touchpoints, links and
        annotations. This cannot be undone.
      </Text>
    ),
    labels: { confirm: 'Delete journey', cancel: 'Cancel' },
    confirmProps: { color: 'red' },
    onConfirm,
  });
}
