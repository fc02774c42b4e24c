import type { ImportIssue, ImportResult } from '@cxmap/journey-format';
import { Alert, Badge, Group, List, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconAlertCircle, IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { pluralize } from '../../ui/relative-time';

/** What the file will become (stages × touchpoints), what changes on the way, or why it cannot be imported. */
export function ImportPreview({ result }: { result: ImportResult }) {
  if (!result.ok) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} title="This file cannot be imported" role="alert">
        <IssueList issues={result.errors} label="Problems" />
      </Alert>
    );
  }
  const { journey, warnings } = result;
  const touchpoints = journey.stages.reduce((sum, stage) => sum + stage.touchpoints.length, 0);
  return (
    <Stack gap="sm" aria-label="Import preview" role="region">
      <Group gap="xs">
        <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden />
        <Text fw={600} size="sm">
          “{journey.name}”: {pluralize(journey.stages.length, 'stage')} · {pluralize(touchpoints, 'touchpoint')}
          {journey.links.length > 0 && ` · ${pluralize(journey.links.length, 'link')}`}
        </Text>
      </Group>
      {journey.stages.length > 0 && (
        <ScrollArea.Autosize mah={180} type="auto" offsetScrollbars>
          <Table striped withTableBorder fz="sm" verticalSpacing={4} aria-label="Stages and touchpoints">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Stage</Table.Th>
                <Table.Th ta="right">Touchpoints</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {journey.stages.map((stage, index) => (
                <Table.Tr key={index}>
                  <Table.Td>{stage.name}</Table.Td>
                  <Table.Td ta="right">{stage.touchpoints.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
      )}
      {journey.painPoints.length > 0 && (
        <Group gap={6}>
          <Badge color="orange" variant="light" tt="none">
            {pluralize(journey.painPoints.length, 'pain point')}
          </Badge>
          <Text size="xs" c="dimmed">
            become open pain-point annotations on their touchpoints
          </Text>
        </Group>
      )}
      {warnings.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={`${pluralize(warnings.length, 'warning')}`}>
          <IssueList issues={warnings} label="Warnings" />
        </Alert>
      )}
    </Stack>
  );
}

function IssueList({ issues, label }: { issues: readonly ImportIssue[]; label: string }) {
  return (
    <ScrollArea.Autosize mah={160} type="auto" offsetScrollbars>
      <List size="sm" spacing={4} aria-label={label}>
        {issues.map((issue, index) => (
          <List.Item key={index}>
            {issue.line !== null && <Text span inherit fw={600}>{`Line ${issue.line}: `}</Text>}
            {issue.message}
          </List.Item>
        ))}
      </List>
    </ScrollArea.Autosize>
  );
}
