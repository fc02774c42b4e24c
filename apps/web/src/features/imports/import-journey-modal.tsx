import { LIMITS, type JourneyImportFormat } from '@cxmap/domain';
import {
  looksLikeJourneyDocument,
  parseJourneyDocument,
  parseJourneyFile,
  type DocumentParseResult,
  type ImportIssue,
  type ImportResult,
} from '@cxmap/journey-format';
import { Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useDeferredValue, useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { describeError, isApiError, problemToFormErrors } from '../../api/problem';
import { validateJourneyName } from '../journeys/journey-validation';
import { DocumentPreview } from './document-preview';
import { GridPreview } from './grid-preview';
import { FORMAT_ACCEPT, FORMAT_OPTIONS, FORMAT_PLACEHOLDER, FORMAT_TEXT_LABEL, formatOfFile, formatOfFileName, GRID_FORMATS } from './import-formats';
import { ImportPreview } from './import-preview';
import { useGridPreview } from './use-grid-preview';
import { useImportJourney } from './use-import-journey';
import { FormActions, FormError } from '../../ui/form-actions';
import { ImportFilePicker } from '../../ui/import-file-picker';
import { readBase64, readText } from '../../ui/read-file';

export interface ImportJourneyModalProps {
  workspaceId: string;
  opened: boolean;
  onClose: () => void;
}

export function ImportJourneyModal({ workspaceId, opened, onClose }: ImportJourneyModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Import a journey" size="xl" radius="lg">
      {/* Mounted only while open, so every opening starts from an empty form. */}
      {opened && <ImportJourneyForm workspaceId={workspaceId} onDone={onClose} />}
    </Modal>
  );
}

function ImportJourneyForm({ workspaceId, onDone }: { workspaceId: string; onDone: () => void }) {
  const navigate = useNavigate();
  const importJourney = useImportJourney(workspaceId);
  const [format, setFormat] = useState<JourneyImportFormat>('mermaid');
  const [content, setContent] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [serverIssues, setServerIssues] = useState<ImportIssue[] | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  // The same parsers as the API, so the preview is what the server will do.
  const deferred = useDeferredValue(content);
  const isGrid = GRID_FORMATS.has(format);
  const grid = useGridPreview(workspaceId, format, deferred);
  const preview: ImportResult | null = useMemo(
    () => (deferred.trim() === '' || isGrid || format === 'cxmap' ? null : parseJourneyFile(format, deferred)),
    [format, deferred, isGrid],
  );
  const documentPreview: DocumentParseResult | null = useMemo(
    () => (deferred.trim() === '' || format !== 'cxmap' ? null : parseJourneyDocument(deferred)),
    [format, deferred],
  );
  const ready = isGrid ? grid.preview?.ok === true && deferred === content : format === 'cxmap' ? documentPreview?.ok === true : preview?.ok === true;

  function edit(next: string) {
    setContent(next);
    setServerIssues(null);
    setFormError(null);
    // A pasted CXMap document is recognised by its "format" field, whatever format was selected.
    if (format !== 'cxmap' && looksLikeJourneyDocument(next)) setFormat('cxmap');
  }

  async function pick(file: File | null) {
    if (!file) return;
    setFileError(null);
    // Far past the longest file any format takes (a CXMap document, 4 bytes a character at most); the
    // import checks each format's own length and names `content` when it is over.
    if (file.size > LIMITS.journeyDocumentContentMax * 4) {
      setFileError(`${file.name} is too large to be a journey map.`);
      return;
    }
    try {
      const byName = formatOfFileName(file.name);
      const text = byName === 'xlsx' ? await readBase64(file) : await readText(file);
      // A `.json` that says `"format": "cxmap.journey"` is a CXMap document, whatever its name.
      const suggested = byName === 'xlsx' ? byName : formatOfFile(file.name, text);
      if (suggested) setFormat(suggested);
      setFileName(file.name);
      // A grid carries no journey title: the file's name stands in for it.
      if (GRID_FORMATS.has(suggested ?? format) && name.trim() === '') setName(file.name.replace(/\.[^.]+$/, '').slice(0, LIMITS.nameMax));
      edit(text);
    } catch {
      setFileError(`${file.name} could not be read.`);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = name.trim();
    const invalidName = trimmed === '' ? null : validateJourneyName(trimmed);
    setNameError(invalidName ?? null);
    if (invalidName || !ready) return;
    importJourney.mutate(
      { format, content, ...(trimmed ? { name: trimmed } : {}) },
      {
        onSuccess: (journey) => {
          onDone();
          void navigate(`/w/${workspaceId}/journeys/${journey.id}`);
        },
        onError: (error) => {
          if (isApiError(error, 422) && error.problem.code === 'IMPORT_INVALID') {
            setServerIssues((error.problem.errors ?? []).map((item) => ({ line: item.line ?? null, message: item.message })));
            return;
          }
          const mapped = problemToFormErrors(error, ['name'] as const);
          setNameError(mapped.fields.name ?? null);
          setFormError(mapped.form);
        },
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <div>
          <Text size="sm" fw={500} mb={4} id="import-format-label">
            Format
          </Text>
          <SegmentedControl
            aria-labelledby="import-format-label"
            data={FORMAT_OPTIONS}
            value={format}
            onChange={(value) => {
              const next = value as JourneyImportFormat;
              // A workbook's base64 means nothing as text, nor text as a workbook.
              if ((next === 'xlsx') !== (format === 'xlsx')) {
                setContent('');
                setFileName(null);
              }
              setFormat(next);
              setServerIssues(null);
            }}
          />
        </div>
        <ImportFilePicker
          accept={FORMAT_ACCEPT[format]}
          buttonLabel="Choose a file…"
          fileName={fileName}
          pasteHint="or paste the text below"
          error={fileError}
          onPick={(file) => void pick(file)}
        />
        {format === 'xlsx' ? (
          <Text size="sm" c="dimmed">
            The first sheet: a row per touchpoint, with columns stage, title, and optionally stage_order, description, channel, interaction, layer,
            owner_team, emotion (−2 to +2), phase.
          </Text>
        ) : (
          <Textarea
            label={FORMAT_TEXT_LABEL[format]}
            placeholder={FORMAT_PLACEHOLDER[format]}
            autosize
            minRows={6}
            maxRows={8}
            // A pasted CXMap document switches the format once pasted: the longest format bounds the box, the parsers each format.
            maxLength={LIMITS.journeyDocumentContentMax}
            value={content}
            onChange={(event) => {
              setFileName(null);
              edit(event.currentTarget.value);
            }}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            spellCheck={false}
            data-autofocus
          />
        )}
        <TextInput
          label="Name"
          description="Optional: leave empty to use the file’s title"
          maxLength={LIMITS.nameMax}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            setNameError(null);
          }}
          error={nameError}
        />
        {serverIssues ? (
          <ImportPreview result={{ ok: false, errors: serverIssues }} />
        ) : format === 'cxmap' ? (
          documentPreview && <DocumentPreview result={documentPreview} />
        ) : (
          preview && <ImportPreview result={preview} />
        )}
        {isGrid && !serverIssues && grid.preview && <GridPreview preview={grid.preview} />}
        {isGrid && grid.checking && !grid.preview && (
          <Text size="sm" c="dimmed" role="status">
            Reading the workbook…
          </Text>
        )}
        {isGrid && grid.error !== null && !grid.checking && (
          <Text size="sm" c="red" role="alert">
            {describeError(grid.error)}
          </Text>
        )}
        <FormError message={formError} />
        <FormActions
          submitLabel="Import journey"
          pending={importJourney.isPending}
          submitDisabled={!ready || serverIssues !== null}
          onCancel={onDone}
          mt="xs"
        />
      </Stack>
    </form>
  );
}
