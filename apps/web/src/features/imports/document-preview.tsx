import type { DocumentIssue, DocumentParseResult, JourneyDocument } from '@cxmap/journey-format';
import { Alert, Group, List, ScrollArea, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { pluralize } from '../../ui/relative-time';

/** What a CXMap journey document holds, counted: what the import will create. */
export function documentCounts(doc: JourneyDocument): Array<{ label: string; count: number }> {
  return [
    { label: 'stage', count: doc.stages.length },
    { label: 'touchpoint', count: doc.touchpoints.length },
    { label: 'link', count: doc.links.length },
    { label: 'metric', count: doc.metrics.length },
    { label: 'measurement', count: doc.metrics.reduce((sum, metric) => sum + metric.measurements.length, 0) },
    { label: 'annotation', count: doc.annotations.length },
  ];
}

/** The preview of a pasted or chosen CXMap journey document: its counts, or every problem by JSON path and line. */
export function DocumentPreview({ result }: { result: DocumentParseResult }) {
  if (!result.ok) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} title="This document cannot be imported" role="alert">
        <DocumentIssueList issues={result.errors} />
      </Alert>
    );
  }
  const doc = result.document;
  const replies = doc.annotations.reduce((sum, annotation) => sum + annotation.replies.length, 0);
  return (
    <Stack gap="sm" aria-label="Import preview" role="region">
      <Group gap="xs">
        <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-hidden />
        <Text fw={600} size="sm">
          “{doc.journey.name}”{doc.persona ? ` · for ${doc.persona.name}` : ''}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xs" aria-label="What the document holds">
        {documentCounts(doc).map(({ label, count }) => (
          <Text key={label} size="sm" px="sm" py={6} bg="var(--mantine-color-gray-0)" style={{ borderRadius: 'var(--mantine-radius-sm)' }}>
            <Text span fw={700} inherit>
              {count.toLocaleString('en')}
            </Text>{' '}
            {count === 1 ? label : `${label}s`}
          </Text>
        ))}
      </SimpleGrid>
      {replies > 0 && (
        <Text size="xs" c="dimmed">
          Annotations come with {pluralize(replies, 'reply', 'replies')}; authors keep their names. Every entity gets a new id.
        </Text>
      )}
    </Stack>
  );
}

function DocumentIssueList({ issues }: { issues: readonly DocumentIssue[] }) {
  return (
    <ScrollArea.Autosize mah={160} type="auto" offsetScrollbars>
      <List size="sm" spacing={4} aria-label="Problems">
        {issues.map((issue, index) => (
          <List.Item key={index}>
            {(issue.path !== '' || issue.line !== null) && (
              <Text span inherit fw={600} ff="monospace">
                {[issue.path, issue.line !== null ? `line ${issue.line}` : ''].filter(Boolean).join(', ')}
                {': '}
              </Text>
            )}
            {issue.message}
          </List.Item>
        ))}
      </List>
    </ScrollArea.Autosize>
  );
}
