import type { AttachMetricRequest, MeasurementRowRequest, MetricAttachmentDto, UpdateMetricAttachmentRequest } from '@cxmap/domain';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { attachMetric, detachMetric, metricKeys, recordMeasurements, updateMetricAttachment } from '../../../api/metrics';
import { describeError, isApiError } from '../../../api/problem';

/**
 * Writes of the Metrics tab. Each one refreshes every metrics query of the journey (badges, tabs,
 * sparklines). A 409 means someone changed the metric meanwhile: the latest state is loaded and the
 * user is told, as the canvas does for its own conflicts. Other errors stay on the form that sent them.
 */
export function useMetricMutations(journeyId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: metricKeys.journey(journeyId) });
  const onConflict = (error: unknown, what: string) => {
    if (!isApiError(error, 409)) return;
    notifications.show({
      id: `metric-conflict-${journeyId}`,
      color: 'yellow',
      title: 'Someone else changed these metrics',
      message: `${what} was not saved: ${describeError(error)} The latest version is loaded.`,
      autoClose: 10_000,
    });
    void refresh();
  };

  const attach = useMutation({
    mutationFn: (body: AttachMetricRequest) => attachMetric(journeyId, body),
    onSuccess: refresh,
    onError: (error) => onConflict(error, 'The metric'),
  });
  const update = useMutation({
    mutationFn: ({ attachment, patch }: { attachment: MetricAttachmentDto; patch: Omit<UpdateMetricAttachmentRequest, 'version'> }) =>
      updateMetricAttachment(journeyId, attachment.id, { version: attachment.version, ...patch }),
    onSuccess: refresh,
    onError: (error) => {
      if (isApiError(error, 409)) onConflict(error, 'Your change');
      else notifications.show({ color: 'red', title: 'The metric was not changed', message: describeError(error) });
    },
  });
  const detach = useMutation({
    mutationFn: (attachment: MetricAttachmentDto) => detachMetric(journeyId, attachment.id),
    onSuccess: refresh,
    onError: (error) => {
      notifications.show({ color: 'red', title: 'The metric was not detached', message: describeError(error) });
      void refresh();
    },
  });
  const record = useMutation({
    mutationFn: (row: MeasurementRowRequest) => recordMeasurements(journeyId, { rows: [row] }),
    onSuccess: refresh,
  });
  return { attach, update, detach, record };
}
