import type { JourneySummaryDto } from '@cxmap/domain';
import { Button, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';

export interface RenameConflictNotice {
  title: string;
  message: string;
}

/**
 * What to tell the user when a rename met a 409: the journey changed since they opened the dialog
 * (renamed elsewhere, or edited on the canvas, which also moves its revision). `current` is the
 * journey as the refetched list has it, undefined when the list no longer holds it.
 */
export function renameConflictNotice(current: JourneySummaryDto | undefined, attempted: string): RenameConflictNotice {
  const title = 'This journey was changed elsewhere';
  const lost = `Your new name “${attempted}” was not saved: someone renamed the journey or edited its map since you opened it.`;
  if (!current) return { title, message: `${lost} The latest list is shown.` };
  return {
    title,
    message: `${lost} The latest version is shown — it is named “${current.name}”. Rename it again if you still want your name.`,
  };
}

/** Shows the notice; with `onRenameAgain`, it offers to reopen the rename dialog on the latest version. */
export function showRenameConflict(
  current: JourneySummaryDto | undefined,
  attempted: string,
  onRenameAgain?: (journey: JourneySummaryDto, attempted: string) => void,
): void {
  const { title, message } = renameConflictNotice(current, attempted);
  const id = `rename-conflict-${current?.id ?? attempted}`;
  notifications.hide(id);
  notifications.show({
    id,
    color: 'yellow',
    title,
    // Stays until dismissed while it offers an action, so nobody has to race a timer to use it.
    autoClose: current && onRenameAgain ? false : 10_000,
    message:
      current && onRenameAgain ? (
        <Stack gap={6} align="flex-start">
          <Text size="sm">{message}</Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              onRenameAgain(current, attempted);
            }}
          >
            Rename again
          </Button>
        </Stack>
      ) : (
        message
      ),
  });
}
