import type { AttachMetricRequest } from '@cxmap/domain';
import { Alert, Button, Loader, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconChartLine, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { metricQueries } from '../../../api/metrics';
import { describeError } from '../../../api/problem';
import { AttachMetricForm } from './attach-metric-form';
import { MetricCard } from './metric-card';
import { useMetricMutations } from './use-metric-mutations';

export interface MetricsTabProps {
  journeyId: string;
  workspaceId: string;
  element: { kind: 'touchpoint' | 'link'; id: string };
  /** Values only: no attach, measurement, threshold or detach control. */
  readOnly: boolean;
}

/**
 * The metrics of one touchpoint or link. Reads the journey's single attachments query (the one the
 * badges come from, so no extra request) and the workspace catalog.
 */
export function MetricsTab({ journeyId, workspaceId, element, readOnly }: MetricsTabProps) {
  const attachments = useQuery(metricQueries.attachments(journeyId));
  const definitions = useQuery(metricQueries.definitions(workspaceId));
  const mutations = useMetricMutations(journeyId);
  const [attaching, setAttaching] = useState(false);

  if (attachments.isPending || definitions.isPending) {
    return (
      <Group justify="center" p="lg" role="status" aria-label="Loading metrics">
        <Loader size="sm" />
      </Group>
    );
  }
  if (attachments.isError || definitions.isError) {
    return (
      <Alert color="red" variant="light" m="md" title="Metrics could not be loaded">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{describeError(attachments.error ?? definitions.error)}</Text>
          <Button size="xs" variant="light" onClick={() => void Promise.all([attachments.refetch(), definitions.refetch()])}>
            Try again
          </Button>
        </Stack>
      </Alert>
    );
  }

  const catalog = new Map(definitions.data.map((d) => [d.key, d]));
  const mine = attachments.data.filter((a) => (element.kind === 'touchpoint' ? a.touchpointId : a.linkId) === element.id);
  const attached = new Set(mine.map((a) => a.metric));
  const available = definitions.data.filter((d) => d.appliesTo.includes(element.kind) && !attached.has(d.key));
  const target = element.kind === 'touchpoint' ? { touchpointId: element.id } : { linkId: element.id };

  return (
    <Stack gap="sm" p="md" pt="sm">
      {mine.length === 0 && !attaching && (
        <Stack gap={6} align="center" py="md" c="dimmed" ta="center">
          <IconChartLine size={28} stroke={1.5} aria-hidden />
          <Text size="sm">No metrics yet — attach CSAT, NPS, {element.kind === 'link' ? 'transfer rate' : 'first-contact resolution'}…</Text>
          {readOnly && <Text size="xs">An editor can attach them.</Text>}
        </Stack>
      )}
      {mine.map((attachment) => {
        const definition = catalog.get(attachment.metric);
        if (!definition) return null;
        return <MetricCard key={attachment.id} journeyId={journeyId} attachment={attachment} definition={definition} readOnly={readOnly} mutations={mutations} />;
      })}
      {!readOnly &&
        (attaching ? (
          <AttachMetricForm
            available={available}
            element={target}
            firstMetric={!mine.some((a) => a.isKey)}
            onSubmit={(request: AttachMetricRequest) => mutations.attach.mutateAsync(request)}
            onDone={() => setAttaching(false)}
          />
        ) : (
          <Button variant="default" size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAttaching(true)} disabled={available.length === 0}>
            Attach metric
          </Button>
        ))}
    </Stack>
  );
}
