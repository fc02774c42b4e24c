import { METRIC_LIMITS, type MeasurementCsvResponse } from '@cxmap/domain';
import { Alert, Button, Code, Group, Loader, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconAlertCircle, IconTableImport } from '@tabler/icons-react';
import { useState } from 'react';
import { metricKeys, metricQueries, recordMeasurementCsv } from '../../../../api/metrics';
import { describeError, isApiError } from '../../../../api/problem';
import { FormActions } from '../../../../ui/form-actions';
import { ImportFilePicker } from '../../../../ui/import-file-picker';
import { readText } from '../../../../ui/read-file';
import { pluralize } from '../../../../ui/relative-time';
import { MeasurementPreview } from './measurement-preview';

const PLACEHOLDER = 'touchpoint,metric,period,period_start,promoters,passives,detractors\nPost-service satisfaction survey,nps,month,2026-01-01,120,60,40';

export interface ImportMeasurementsButtonProps {
  journeyId: string;
  workspaceId: string;
}

/** The journey summary's action for members who may ingest: a measurement CSV, previewed, then applied all or nothing. */
export function ImportMeasurementsButton({ journeyId, workspaceId }: ImportMeasurementsButtonProps) {
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="xs" variant="light" leftSection={<IconTableImport size={14} aria-hidden />} onClick={() => setOpened(true)}>
        Import measurements
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title="Import measurements" size="xl" radius="lg">
        {/* Mounted only while open, so every opening starts from an empty form. */}
        {opened && <ImportMeasurementsForm journeyId={journeyId} workspaceId={workspaceId} onDone={() => setOpened(false)} />}
      </Modal>
    </>
  );
}

function ImportMeasurementsForm({ journeyId, workspaceId, onDone }: ImportMeasurementsButtonProps & { onDone: () => void }) {
  const queryClient = useQueryClient();
  const [content, setContent] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(content, 350);
  const definitions = useQuery(metricQueries.definitions(workspaceId));
  const preview = useQuery({
    queryKey: ['measurement-csv-preview', journeyId, debounced],
    queryFn: ({ signal }) => recordMeasurementCsv(journeyId, debounced, true, signal),
    enabled: debounced.trim() !== '',
    placeholderData: keepPreviousData,
    gcTime: 0,
    retry: false,
  });
  const apply = useMutation({
    mutationFn: () => recordMeasurementCsv(journeyId, content, false),
    onSuccess: (result: MeasurementCsvResponse) => {
      void queryClient.invalidateQueries({ queryKey: metricKeys.journey(journeyId) });
      const changes = [result.inserted > 0 ? `${result.inserted} new` : '', result.updated > 0 ? `${result.updated} replaced` : ''].filter(Boolean).join(', ');
      notifications.show({ color: 'teal', title: 'Measurements imported', message: `Recorded ${pluralize(result.ok, 'measurement')} (${changes}).` });
      onDone();
    },
    // Someone changed the journey meanwhile: the preview is asked again and shows why.
    onError: (error) => {
      if (isApiError(error, 422)) void preview.refetch();
    },
  });

  async function pick(file: File | null) {
    if (!file) return;
    setFileError(null);
    if (file.size > METRIC_LIMITS.measurementCsvMax * 4) {
      setFileError(`${file.name} is too large: a file holds at most ${METRIC_LIMITS.measurementsPerBatchMax.toLocaleString('en')} lines.`);
      return;
    }
    try {
      setContent(await readText(file));
      setFileName(file.name);
      apply.reset();
    } catch {
      setFileError(`${file.name} could not be read.`);
    }
  }

  const current = preview.data && debounced === content && content.trim() !== '' ? preview.data : null;
  const checking = content.trim() !== '' && (debounced !== content || preview.isFetching);
  const ready = current !== null && current.fileErrors.length === 0 && current.failed === 0 && current.ok > 0;
  const catalog = new Map((definitions.data ?? []).map((definition) => [definition.key, definition]));

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        One line per measurement: <Code>touchpoint</Code> (its title) or <Code>link</Code> (<Code>Source -&gt; Target</Code>), <Code>metric</Code>,{' '}
        <Code>period</Code> (day, week, month), <Code>period_start</Code>, then the figures of the metric — e.g. promoters, passives, detractors for NPS;
        rating_1 … rating_5 for CSAT. A line for a period already recorded replaces it.
      </Text>
      <ImportFilePicker
        accept=".csv,.tsv,.txt,text/csv,text/plain"
        buttonLabel="Choose a CSV file…"
        fileName={fileName}
        pasteHint="or paste it below"
        error={fileError}
        onPick={(file) => void pick(file)}
      />
      <Textarea
        label="CSV"
        placeholder={PLACEHOLDER}
        autosize
        minRows={5}
        maxRows={8}
        maxLength={METRIC_LIMITS.measurementCsvMax}
        value={content}
        onChange={(event) => {
          setContent(event.currentTarget.value);
          setFileName(null);
          apply.reset();
        }}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13, whiteSpace: 'pre', overflowX: 'auto' } }}
        spellCheck={false}
        data-autofocus
      />
      {checking && !current && (
        <Group gap="xs" role="status">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            Checking the file…
          </Text>
        </Group>
      )}
      {preview.isError && !checking && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} title="The file could not be checked" role="alert">
          {describeError(preview.error)}
        </Alert>
      )}
      {current && <MeasurementPreview preview={current} definitions={catalog} />}
      {apply.isError && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert">
          {isApiError(apply.error, 422) ? 'Some lines cannot be recorded; nothing was written. See the lines in red.' : describeError(apply.error)}
        </Alert>
      )}
      <FormActions
        submitLabel={current && current.ok > 0 ? `Apply ${pluralize(current.ok, 'row')}` : 'Apply'}
        pending={apply.isPending}
        submitDisabled={!ready || checking}
        onSubmit={() => apply.mutate()}
        onCancel={onDone}
      />
    </Stack>
  );
}
