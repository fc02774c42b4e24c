import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { exportFileUrl, exportQueries, type ExportTarget } from '../../api/exports';
import { describeError } from '../../api/problem';
import { download } from './canvas-image';

export interface ReportProgressProps {
  target: ExportTarget;
  jobId: string;
  onRetry: () => void;
  onClose: () => void;
}

/** A running report export: its progress (polled), then the download; a failure offers to try again. */
export function ReportProgress({ target, jobId, onRetry, onClose }: ReportProgressProps) {
  const query = useQuery(exportQueries.status(target, jobId));
  const job = query.data;
  const downloaded = useRef(false);

  // The file downloads by itself once, when the poll first sees the job done.
  useEffect(() => {
    if (job?.status === 'done' && job.fileName && !downloaded.current) {
      downloaded.current = true;
      download(exportFileUrl(target, jobId), job.fileName);
    }
  }, [job, target, jobId]);

  if (query.error || job?.status === 'failed') {
    return (
      <Stack>
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title="The report could not be made">
          {job?.error ?? describeError(query.error)}
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button onClick={onRetry}>Try again</Button>
        </Group>
      </Stack>
    );
  }
  if (job?.status === 'done' && job.fileName) {
    const fileName = job.fileName;
    return (
      <Stack>
        <Progress value={100} color="teal" aria-label="Export progress" />
        <Text size="sm">
          <b>{fileName}</b> is ready; your browser is downloading it.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => download(exportFileUrl(target, jobId), fileName)}>
            Download again
          </Button>
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    );
  }
  const progress = job?.progress ?? 0;
  return (
    <Stack>
      <Progress value={Math.max(progress, 3)} animated aria-label="Export progress" aria-valuenow={progress} />
      <Text size="sm" c="dimmed" role="status">
        {job?.status === 'running' ? `Drawing the report… ${progress} %` : 'Waiting for a free worker…'}
      </Text>
    </Stack>
  );
}
