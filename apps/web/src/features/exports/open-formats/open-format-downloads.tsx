import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconBraces, IconFileText } from '@tabler/icons-react';
import { useState } from 'react';
import { ApiError } from '../../../api/client';
import { fetchDownload, saveFile } from './download-file';

export type OpenFormat = 'document' | 'mermaid';

const FORMATS: Record<OpenFormat, { label: string; hint: string; route: string; extension: string; icon: typeof IconBraces }> = {
  document: {
    label: 'Journey document (JSON)',
    hint: 'Everything: stages, touchpoints, links, metrics with their measurements, annotations. Import it into any CXMap workspace.',
    route: 'document',
    extension: '.cxmap.json',
    icon: IconBraces,
  },
  mermaid: {
    label: 'Mermaid text',
    hint: 'Stages and touchpoints with their emotion, as a Mermaid journey diagram for docs and wikis.',
    route: 'mermaid',
    extension: '.mmd',
    icon: IconFileText,
  },
};

export interface OpenFormatDownloadsProps {
  journeyId: string;
  /** For the fallback file name when the server sends none. */
  journeyName?: string;
}

/** Downloads a journey in the open formats: the CXMap journey document and Mermaid `journey` text. */
export function OpenFormatDownloads({ journeyId, journeyName = 'journey' }: OpenFormatDownloadsProps) {
  const [pending, setPending] = useState<OpenFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(format: OpenFormat) {
    const { route, extension } = FORMATS[format];
    setPending(format);
    setError(null);
    try {
      saveFile(await fetchDownload(`/journeys/${encodeURIComponent(journeyId)}/${route}`, `${journeyName}${extension}`));
    } catch (caught) {
      setError(messageOf(caught, FORMATS[format].label));
    } finally {
      setPending(null);
    }
  }

  return (
    <Stack gap="sm">
      {(Object.keys(FORMATS) as OpenFormat[]).map((format) => {
        const { label, hint, icon: Icon } = FORMATS[format];
        return (
          <Group key={format} gap="sm" wrap="nowrap" align="flex-start">
            <Button
              variant="default"
              leftSection={<Icon size={16} aria-hidden />}
              loading={pending === format}
              disabled={pending !== null && pending !== format}
              onClick={() => void download(format)}
              miw={220}
            >
              {label}
            </Button>
            <Text size="xs" c="dimmed" mt={4}>
              {hint}
            </Text>
          </Group>
        );
      })}
      {error && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={18} aria-hidden />} role="alert" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
    </Stack>
  );
}

function messageOf(error: unknown, label: string): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return `The ${label.toLowerCase()} could not be downloaded: the server cannot be reached.`;
    if (error.status === 404) return 'This journey no longer exists, or you no longer have access to it.';
    return `The ${label.toLowerCase()} could not be downloaded: ${error.problem.detail ?? error.problem.title}`;
  }
  return `The ${label.toLowerCase()} could not be downloaded.`;
}
