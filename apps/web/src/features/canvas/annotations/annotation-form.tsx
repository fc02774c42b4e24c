import { ANNOTATION_KINDS, ANNOTATION_LIMITS, ANNOTATION_SEVERITIES, type AnnotationSeverity } from '@cxmap/domain';
import { Alert, Button, Group, Select, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { problemToFormErrors } from '../../../api/problem';
import { EMPTY_DRAFT, readDraft, type AnnotationDraft, type DraftContent, type DraftField } from './annotation-draft';
import { KIND_LABELS } from './annotation-labels';
import { SEVERITY_LABELS } from './pain-marker';

export interface AnnotationFormProps {
  /** The form's accessible name ("Add an annotation", "Edit …"). */
  label: string;
  submitLabel: string;
  initial?: AnnotationDraft;
  saving: boolean;
  onSubmit: (content: DraftContent) => Promise<unknown>;
  onCancel: () => void;
}

const KIND_OPTIONS = ANNOTATION_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));
const SEVERITY_OPTIONS = [...ANNOTATION_SEVERITIES].reverse().map((severity) => ({ value: severity, label: SEVERITY_LABELS[severity] }));
const API_FIELDS = ['title', 'body', 'severity', 'evidence', 'kind'] as const;

/** Adds or edits an annotation: kind, severity (pain points), title, body, evidence links. */
export function AnnotationForm({ label, submitLabel, initial = EMPTY_DRAFT, saving, onSubmit, onCancel }: AnnotationFormProps) {
  const [draft, setDraft] = useState<AnnotationDraft>(initial);
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const set = (patch: Partial<AnnotationDraft>) => setDraft((before) => ({ ...before, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const read = readDraft(draft);
    if ('errors' in read) {
      setErrors(read.errors);
      return;
    }
    setErrors({});
    setFailure(null);
    onSubmit(read.content).catch((error: unknown) => {
      const fromApi = problemToFormErrors(error, API_FIELDS);
      setErrors({ title: fromApi.fields.title, body: fromApi.fields.body, severity: fromApi.fields.severity, links: fromApi.fields.evidence });
      setFailure(fromApi.form);
    });
  };

  return (
    <form aria-label={label} onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Select
          label="Kind"
          size="xs"
          data={KIND_OPTIONS}
          value={draft.kind}
          allowDeselect={false}
          onChange={(value) => {
            const kind = ANNOTATION_KINDS.find((k) => k === value);
            if (kind) set({ kind });
          }}
          comboboxProps={{ withinPortal: true }}
        />
        {draft.kind === 'pain_point' && (
          <div>
            <Text size="xs" fw={500} mb={4} id="annotation-severity-label">
              Severity
            </Text>
            <SegmentedControl
              size="xs"
              fullWidth
              aria-labelledby="annotation-severity-label"
              data={SEVERITY_OPTIONS}
              value={draft.severity ?? ''}
              onChange={(value) => set({ severity: ANNOTATION_SEVERITIES.find((s): s is AnnotationSeverity => s === value) ?? null })}
            />
            {errors.severity && (
              <Text size="xs" c="red" mt={4} role="alert">
                {errors.severity}
              </Text>
            )}
          </div>
        )}
        <TextInput
          label="Title"
          size="xs"
          required
          maxLength={ANNOTATION_LIMITS.titleMax}
          value={draft.title}
          error={errors.title}
          onChange={(event) => set({ title: event.currentTarget.value })}
        />
        <Textarea
          label="Details"
          size="xs"
          autosize
          minRows={2}
          maxRows={8}
          value={draft.body}
          error={errors.body}
          onChange={(event) => set({ body: event.currentTarget.value })}
        />
        <Textarea
          label="Evidence links"
          description="Optional, one link a line (ticket, recording, survey)"
          size="xs"
          autosize
          minRows={1}
          maxRows={4}
          value={draft.links}
          error={errors.links}
          onChange={(event) => set({ links: event.currentTarget.value })}
        />
        {failure && (
          <Alert color="red" variant="light" p="xs">
            {failure}
          </Alert>
        )}
        <Group gap="xs" justify="flex-end">
          <Button size="xs" variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button size="xs" type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
