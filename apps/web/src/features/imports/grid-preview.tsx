import type { ImportGridRowDto, ImportPreviewResponse } from '@cxmap/domain';
import { CHANNEL_INFO, LAYER_LABELS } from '@cxmap/domain';
import { Alert, Group, List, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { pluralize } from '../../ui/relative-time';

/** A grid file's rows as they will become touchpoints; rows with errors in red, with their messages. */
export function GridPreview({ preview }: { preview: ImportPreviewResponse }) {
  const bad = preview.rows.filter((row) => row.errors.length > 0).length;
  const rowLines = new Set(preview.rows.map((row) => row.row));
  // Problems of the file itself (header, limits), not of one row.
  const fileErrors = preview.errors.filter((error) => error.line === null || !rowLines.has(error.line));
  const touchpoints = preview.stages.reduce((sum, stage) => sum + stage.touchpoints, 0);
  return (
    <Stack gap="xs" role="region" aria-label="Import preview">
      {preview.ok ? (
        <Group gap="xs">
          <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden />
          <Text fw={600} size="sm">
            {pluralize(preview.stages.length, 'stage')} · {pluralize(touchpoints, 'touchpoint')}: {preview.stages.map((stage) => stage.name).join(', ')}
          </Text>
        </Group>
      ) : (
        preview.rows.length > 0 && (
          <Group gap="xs">
            <IconAlertCircle size={18} color="var(--mantine-color-red-6)" aria-hidden />
            <Text fw={600} size="sm">
              {pluralize(preview.rows.length - bad, 'row')} ready, {bad} with errors — nothing is imported until every row is fixed
            </Text>
          </Group>
        )
      )}
      {fileErrors.length > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} title="This file cannot be imported" role="alert">
          <List size="sm" spacing={4} aria-label="Problems">
            {fileErrors.map((error, index) => (
              <List.Item key={index}>
                {error.line !== null && <Text span inherit fw={600}>{`Row ${error.line}: `}</Text>}
                {error.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {preview.rows.length > 0 && (
        <ScrollArea.Autosize mah={260} type="auto" offsetScrollbars>
          <Table withTableBorder fz="sm" verticalSpacing={4} stickyHeader aria-label="Rows of the file">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={52}>Row</Table.Th>
                <Table.Th>Stage</Table.Th>
                <Table.Th>Title</Table.Th>
                <Table.Th>Channel</Table.Th>
                <Table.Th>Layer</Table.Th>
                <Table.Th ta="right">Emotion</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.rows.map((row) => (
                <GridRow key={row.row} row={row} />
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}

function GridRow({ row }: { row: ImportGridRowDto }) {
  const bad = row.errors.length > 0;
  return (
    <>
      <Table.Tr bg={bad ? 'var(--mantine-color-red-light)' : undefined} aria-invalid={bad || undefined}>
        <Table.Td>{row.row}</Table.Td>
        <Table.Td>{row.stage}</Table.Td>
        <Table.Td>
          <Text size="sm" truncate="end" maw={220} title={row.title}>
            {row.title}
          </Text>
        </Table.Td>
        <Table.Td>{row.channel ? CHANNEL_INFO[row.channel].label : '—'}</Table.Td>
        <Table.Td>{row.layer ? LAYER_LABELS[row.layer] : '—'}</Table.Td>
        <Table.Td ta="right">{row.emotion === null ? '—' : row.emotion > 0 ? `+${row.emotion}` : row.emotion}</Table.Td>
      </Table.Tr>
      {bad && (
        <Table.Tr bg="var(--mantine-color-red-light)">
          <Table.Td />
          <Table.Td colSpan={5}>
            {row.errors.map((error, index) => (
              <Text key={index} size="xs" c="red.8">
                {error.column}: {error.message}
              </Text>
            ))}
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
