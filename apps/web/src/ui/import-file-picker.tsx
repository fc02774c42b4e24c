import { Button, FileButton, Group, Text } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';

export interface ImportFilePickerProps {
  /** The file types offered by the browser's picker. */
  accept: string;
  buttonLabel: string;
  /** The file picked, or null when the content was pasted. */
  fileName: string | null;
  /** Shown instead of a file's name, e.g. "or paste it below". */
  pasteHint: string;
  /** Why the file picked could not be taken, or null. */
  error: string | null;
  onPick: (file: File | null) => void;
}

/** An import dialog's source: a file from disk, its name once picked, and why it was refused. */
export function ImportFilePicker({ accept, buttonLabel, fileName, pasteHint, error, onPick }: ImportFilePickerProps) {
  return (
    <>
      <Group gap="sm" align="center">
        <FileButton onChange={onPick} accept={accept}>
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconFileUpload size={16} aria-hidden />}>
              {buttonLabel}
            </Button>
          )}
        </FileButton>
        <Text size="sm" c="dimmed">
          {fileName ?? pasteHint}
        </Text>
      </Group>
      {error && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </>
  );
}
