import type { PortfolioReport } from '@cxmap/reports';
import { Alert, Button, Modal } from '@mantine/core';
import { IconAlertTriangle, IconFileTypePdf } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { createExport } from '../../api/exports';
import { describeError } from '../../api/problem';
import { ReportProgress } from '../exports/report-progress';

export interface PortfolioExportSlotProps {
  workspaceId: string;
  /** The range the page shows (null: the API's default, the last twelve months). */
  range: { from: string; to: string } | null;
  /** The report on screen, once loaded. */
  report: PortfolioReport | undefined;
}

/** "Export PDF" of the portfolio: a job made by the server over the range on screen, with its progress, then the download. */
export function PortfolioExportSlot({ workspaceId, range, report }: PortfolioExportSlotProps) {
  const [jobId, setJobId] = useState<string | null>(null);
  const target = { kind: 'workspace', workspaceId } as const;
  const start = useMutation({
    mutationFn: () => createExport(target, { format: 'pdf', ...(range ?? {}) }),
    onSuccess: (job) => setJobId(job.id),
  });
  const close = (): void => {
    setJobId(null);
    start.reset();
  };
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileTypePdf size={16} aria-hidden />}
        onClick={() => start.mutate()}
        loading={start.isPending}
        disabled={!report || report.journeys.length === 0}
      >
        Export PDF
      </Button>
      <Modal opened={jobId !== null || start.isError} onClose={close} title="Export the portfolio">
        {start.isError ? (
          <Alert color="red" icon={<IconAlertTriangle size={18} />}>
            {describeError(start.error)}
          </Alert>
        ) : (
          jobId && (
            <ReportProgress
              target={target}
              jobId={jobId}
              onClose={close}
              onRetry={() => {
                setJobId(null);
                start.mutate();
              }}
            />
          )
        )}
      </Modal>
    </>
  );
}
