import { LIMITS, LINK_TYPE_LABELS, LINK_TYPES, isOneOf, type LinkData, type LinkDto } from '@cxmap/domain';
import { Button, NativeSelect, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { CommitTextField } from './commit-text-field';

export interface LinkPanelProps {
  link: LinkDto;
  sourceTitle: string;
  targetTitle: string;
  onChange: (id: string, data: Partial<LinkData>) => void;
  onDelete: (id: string) => void;
  readOnly?: boolean;
}

export function LinkPanel({ link, sourceTitle, targetTitle, onChange, onDelete, readOnly = false }: LinkPanelProps) {
  return (
    <Stack gap="sm" p="md" aria-label="Link details" role="form">
      <Text fw={700} size="sm" tt="uppercase" c="dimmed">
        Link
      </Text>
      <Text size="sm">
        <b>{sourceTitle}</b> → <b>{targetTitle}</b>
      </Text>
      <NativeSelect
        disabled={readOnly}
        label="Type"
        value={link.type}
        data={LINK_TYPES.map((t) => ({ value: t, label: LINK_TYPE_LABELS[t] }))}
        onChange={(event) => {
          const type = event.currentTarget.value;
          if (isOneOf(LINK_TYPES, type)) onChange(link.id, { type });
        }}
      />
      <CommitTextField
        disabled={readOnly}
        label="Label"
        value={link.label ?? ''}
        maxLength={LIMITS.labelMax}
        placeholder="Optional"
        onCommit={(label) => onChange(link.id, { label: label.trim() === '' ? null : label.trim() })}
      />
      {!readOnly && (
        <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => onDelete(link.id)} mt="xs">
          Delete link
        </Button>
      )}
    </Stack>
  );
}
