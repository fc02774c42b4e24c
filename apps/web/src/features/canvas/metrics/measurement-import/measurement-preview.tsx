import type { MeasurementCsvLineDto, MeasurementCsvResponse, MetricDefinitionDto } from '@cxmap/domain';
import { Alert, Badge, Group, List, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { pluralize } from '../../../../ui/relative-time';
import { formatScore } from '../metric-format';

export interface MeasurementPreviewProps {
  preview: MeasurementCsvResponse;
  definitions: ReadonlyMap<string, MetricDefinitionDto>;
}

/** What each line of the file would record, the bad ones in red with their messages. */
export function MeasurementPreview({ preview, definitions }: MeasurementPreviewProps) {
  if (preview.fileErrors.length > 0) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} title="This file cannot be read" role="alert">
        <List size="sm" spacing={4} aria-label="Problems">
          {preview.fileErrors.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      </Alert>
    );
  }
  return (
    <Stack gap="xs" role="region" aria-label="Measurement preview">
      <PreviewSummary preview={preview} />
      <ScrollArea.Autosize mah={320} type="auto" offsetScrollbars>
        <Table withTableBorder fz="sm" verticalSpacing={4} stickyHeader aria-label="Lines of the file">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={56}>Line</Table.Th>
              <Table.Th>Touchpoint or link</Table.Th>
              <Table.Th>Metric</Table.Th>
              <Table.Th>Period</Table.Th>
              <Table.Th ta="right">Score</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.lines.map((line) => (
              <PreviewRow key={line.line} line={line} definition={line.metric ? definitions.get(line.metric) : undefined} />
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  );
}

function PreviewSummary({ preview }: { preview: MeasurementCsvResponse }) {
  if (preview.lines.length === 0) return <Text size="sm">The file has a header but no data lines.</Text>;
  const changes = [preview.inserted > 0 ? `${preview.inserted} new` : '', preview.updated > 0 ? `${preview.updated} replacing stored ones` : ''].filter(Boolean);
  return (
    <Group gap="xs" aria-live="polite">
      {preview.failed === 0 ? (
        <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden />
      ) : (
        <IconAlertCircle size={18} color="var(--mantine-color-red-6)" aria-hidden />
      )}
      <Text size="sm" fw={600}>
        {pluralize(preview.ok, 'row')} ready{preview.failed > 0 && `, ${preview.failed} with errors`}
      </Text>
      {preview.failed === 0 && changes.length > 0 && (
        <Text size="sm" c="dimmed">
          ({changes.join(', ')})
        </Text>
      )}
    </Group>
  );
}

function PreviewRow({ line, definition }: { line: MeasurementCsvLineDto; definition: MetricDefinitionDto | undefined }) {
  const bad = line.status === 'error';
  const period = `${line.period} ${line.periodStart}${line.dimension ? ` · ${line.dimension}` : ''}`;
  return (
    <Table.Tr bg={bad ? 'var(--mantine-color-red-light)' : undefined} aria-invalid={bad || undefined}>
      <Table.Td>{line.line}</Table.Td>
      <Table.Td colSpan={bad ? 4 : 1}>
        {bad ? (
          <Stack gap={2}>
            <Text size="sm" fw={500}>
              {line.target ?? 'Not found'}
              {line.metric ? ` · ${line.metric}` : ''} · {period}
            </Text>
            {line.errors.map((error, index) => (
              <Text key={index} size="xs" c="red.8">
                {error.field === 'line' ? '' : `${error.field}: `}
                {error.message}
              </Text>
            ))}
          </Stack>
        ) : (
          <Text size="sm" truncate="end" maw={260} title={line.target ?? ''}>
            {line.target}
          </Text>
        )}
      </Table.Td>
      {!bad && (
        <>
          <Table.Td>{definition?.name ?? line.metric}</Table.Td>
          <Table.Td>
            <Group gap={4} wrap="nowrap">
              <Text size="sm">{period}</Text>
              {line.replaces && (
                <Badge size="xs" variant="light" color="gray" tt="none">
                  replaces
                </Badge>
              )}
            </Group>
          </Table.Td>
          <Table.Td ta="right">
            {line.score === null ? '—' : definition ? formatScore(definition, line.score) : line.score.toFixed(1)}
            {line.smallSample && (
              <Text span size="xs" c="dimmed">
                {' '}
                (n={line.sampleSize})
              </Text>
            )}
          </Table.Td>
        </>
      )}
    </Table.Tr>
  );
}
