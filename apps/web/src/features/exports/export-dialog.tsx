import { Alert, Button, Checkbox, Group, Modal, Radio, SegmentedControl, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { createExport, type ExportTarget } from '../../api/exports';
import { describeError, problemToFormErrors } from '../../api/problem';
import { canvasImage, download, type Rect } from './canvas-image';
import { EXPORT_FORMATS, SECTION_CHOICES, type ExportFormat, type ImageScope, type ReportOption } from './export-formats';
import { OpenFormatDownloads } from './open-formats';
import { ReportProgress } from './report-progress';

export interface ExportDialogProps {
  opened: boolean;
  onClose: () => void;
  target: ExportTarget;
  journeyName: string;
  /** The whole map in flow coordinates, for "Whole map" images. */
  mapBounds: Rect;
  /** The journey's touchpoints: a whole-map image waits until every card is drawn. */
  cardCount: number;
}

/** "Online order" → "online-order" (file names of images; the server names its reports). */
function slug(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return cleaned || 'journey';
}

const REPORT_FIELDS = ['sections', 'from', 'to'] as const;

/** The Export dialog: a report made by the server (PDF, PPTX, XLSX, CSV), an image of the map drawn here (PNG, SVG), or an open format. */
export function ExportDialog({ opened, onClose, target, journeyName, mapBounds, cardCount }: ExportDialogProps) {
  const [format, setFormat] = useState<ExportFormat['id']>('pdf');
  const [sections, setSections] = useState<string[]>(SECTION_CHOICES.map((choice) => choice.value));
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [includeComments, setIncludeComments] = useState(false);
  const [scope, setScope] = useState<ImageScope>('map');
  const [jobId, setJobId] = useState<string | null>(null);
  const [imageError, setImageError] = useState<string | null>(null);
  const [drawing, setDrawing] = useState(false);
  const chosen = EXPORT_FORMATS.find((entry) => entry.id === format) ?? EXPORT_FORMATS[0];
  const offers = (option: ReportOption): boolean => chosen?.options.includes(option) ?? false;

  const start = useMutation({
    mutationFn: () =>
      createExport(target, {
        format,
        ...(offers('sections') ? { sections: includeComments ? [...sections, 'comments'] : sections } : {}),
        ...(from || to ? { from, to } : {}),
        includeComments: offers('comments') && includeComments,
      }),
    onSuccess: (job) => setJobId(job.id),
  });
  const errors = start.error ? problemToFormErrors(start.error, REPORT_FIELDS) : null;
  const rangeProblem = (from === '') !== (to === '') ? 'Give both dates, or neither' : from && to && from > to ? 'The end is before the start' : null;

  const close = (): void => {
    setJobId(null);
    start.reset();
    setImageError(null);
    onClose();
  };

  const exportImage = async (kind: 'png' | 'svg'): Promise<void> => {
    setDrawing(true);
    setImageError(null);
    try {
      // Drawing keeps the page busy for a moment: let the button show it is working first.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const url = await canvasImage(kind, scope, mapBounds, cardCount);
      download(url, `${slug(journeyName)}-${new Date().toISOString().slice(0, 10)}.${kind}`);
      close();
    } catch (error) {
      setImageError(error instanceof Error ? error.message : describeError(error));
    } finally {
      setDrawing(false);
    }
  };

  const submit = (): void => {
    if (chosen?.kind === 'image') void exportImage(format === 'svg' ? 'svg' : 'png');
    else start.mutate();
  };

  return (
    <Modal opened={opened} onClose={close} title={`Export “${journeyName}”`} size="lg">
      {jobId ? (
        <ReportProgress
          target={target}
          jobId={jobId}
          onClose={close}
          onRetry={() => {
            setJobId(null);
            start.mutate();
          }}
        />
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack>
            <SegmentedControl
              value={format}
              onChange={(value) => setFormat(value as ExportFormat['id'])}
              data={EXPORT_FORMATS.map((entry) => ({ value: entry.id, label: entry.label }))}
              aria-label="Format"
            />
            <Text size="sm" c="dimmed">
              {chosen?.description}
            </Text>
            {chosen?.kind === 'report' ? (
              <>
                {offers('sections') && (
                  <Checkbox.Group label="Sections" value={sections} onChange={setSections} error={errors?.fields.sections}>
                    <Group mt="xs" gap="md">
                      {SECTION_CHOICES.map((choice) => (
                        <Checkbox key={choice.value} value={choice.value} label={choice.label} />
                      ))}
                    </Group>
                  </Checkbox.Group>
                )}
                <Group grow align="flex-start">
                  <TextInput type="date" label="Metrics from" value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={errors?.fields.from} />
                  <TextInput
                    type="date"
                    label="Metrics to"
                    value={to}
                    onChange={(e) => setTo(e.currentTarget.value)}
                    error={rangeProblem ?? errors?.fields.to}
                  />
                </Group>
                <Text size="xs" c="dimmed" mt={-8}>
                  Leave both empty for the latest twelve months with data.
                </Text>
                {offers('comments') && (
                  <Switch label="Include comments, ideas and opportunities" checked={includeComments} onChange={(e) => setIncludeComments(e.currentTarget.checked)} />
                )}
              </>
            ) : (
              <Radio.Group label="What to draw" value={scope} onChange={(value) => setScope(value as ImageScope)}>
                <Stack gap="xs" mt="xs">
                  <Radio value="map" label="Whole map" />
                  <Radio value="view" label="Current view" />
                </Stack>
              </Radio.Group>
            )}
            {(errors?.form || imageError) && (
              <Alert color="red" icon={<IconAlertTriangle size={18} />}>
                {errors?.form ?? imageError}
              </Alert>
            )}
            {target.kind === 'journey' && (
              <Stack gap={6} pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
                <Text size="sm" fw={600}>
                  Open formats
                </Text>
                <OpenFormatDownloads journeyId={target.journeyId} journeyName={slug(journeyName)} />
              </Stack>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button
                type="submit"
                loading={start.isPending || drawing}
                disabled={chosen?.kind === 'report' && ((offers('sections') && sections.length === 0) || rangeProblem !== null)}
              >
                {errors ? 'Try again' : 'Export'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
