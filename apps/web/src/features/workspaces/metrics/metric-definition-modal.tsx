import {
  LIMITS,
  MEASUREMENT_KINDS,
  METRIC_DIRECTIONS,
  METRIC_FAMILIES,
  METRIC_TARGETS,
  METRIC_UNITS,
  VALUE_POOLINGS,
  type MetricDefinitionDto,
} from '@cxmap/domain';
import { Checkbox, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../../api/problem';
import { useProblemForm } from '../../../api/use-problem-form';
import { DescriptionInput } from '../../../ui/description-input';
import { FormActions, FormError } from '../../../ui/form-actions';
import { ChoiceSelect } from './metric-fields';
import { draftToRequest, EMPTY_DRAFT, keyFromName, type DraftField, type MetricDraft } from './metric-draft';
import { DIRECTION_LABELS, FAMILY_LABELS, KIND_LABELS, POOLING_LABELS, TARGET_LABELS, UNIT_LABELS } from './metric-labels';
import type { useMetricDefinitionMutations } from './use-metric-definition-mutations';

type Mutations = ReturnType<typeof useMetricDefinitionMutations>;
const FIELDS: readonly DraftField[] = ['key', 'name', 'description', 'scale.min', 'scale.max', 'appliesTo', 'valuePooling'];
const EDIT_FIELDS = ['name', 'description', 'family'] as const;

/** Shown when the save met a 409: the catalog is reloaded underneath, the form keeps what was typed. */
const DEFINITION_CONFLICT = 'Someone changed this metric meanwhile — reloaded; check and save again.';

export interface MetricDefinitionModalProps {
  /** 'new': the create form; a definition: its edit form; null: closed. */
  editing: MetricDefinitionDto | 'new' | null;
  mutations: Mutations;
  onClose: () => void;
}

export function MetricDefinitionModal({ editing, mutations, onClose }: MetricDefinitionModalProps) {
  return (
    <Modal opened={editing !== null} onClose={onClose} title={editing === 'new' ? 'Add a metric' : 'Edit metric'} radius="lg" size="lg">
      {editing === 'new' && <CreateForm mutations={mutations} onDone={onClose} />}
      {editing !== null && editing !== 'new' && <EditForm key={editing.key} definition={editing} mutations={mutations} onDone={onClose} />}
    </Modal>
  );
}

function CreateForm({ mutations, onDone }: { mutations: Mutations; onDone: () => void }) {
  const [draft, setDraft] = useState<MetricDraft>(EMPTY_DRAFT);
  const [keyTouched, setKeyTouched] = useState(false);
  const { errors, formError, check, showProblem } = useProblemForm(FIELDS);
  const set = (patch: Partial<MetricDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = draftToRequest(draft);
    check('errors' in result ? result.errors : {});
    if ('errors' in result) return;
    mutations.create.mutate(result.request, { onSuccess: onDone, onError: showProblem });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add a metric">
      <Stack gap="sm">
        <TextInput
          label="Name"
          placeholder="e.g. Callbacks kept"
          maxLength={LIMITS.nameMax}
          value={draft.name}
          error={errors.name}
          onChange={(event) => {
            const name = event.currentTarget.value;
            set(keyTouched ? { name } : { name, key: keyFromName(name) });
          }}
          data-autofocus
        />
        <TextInput
          label="Key"
          description="How imports and integrations name it; it never changes."
          placeholder="callbacks_kept"
          maxLength={48}
          value={draft.key}
          error={errors.key}
          onChange={(event) => {
            setKeyTouched(true);
            set({ key: event.currentTarget.value });
          }}
        />
        <DescriptionInput value={draft.description} error={errors.description} onChange={(description) => set({ description })} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <ChoiceSelect label="Measured as" values={MEASUREMENT_KINDS} labels={KIND_LABELS} value={draft.kind} onChange={(kind) => set({ kind })} />
          <ChoiceSelect label="Unit" values={METRIC_UNITS} labels={UNIT_LABELS} value={draft.unit} onChange={(unit) => set({ unit })} />
          <ChoiceSelect
            label="Better when"
            values={METRIC_DIRECTIONS}
            labels={DIRECTION_LABELS}
            value={draft.direction}
            onChange={(direction) => set({ direction })}
          />
          <ChoiceSelect label="Family" values={METRIC_FAMILIES} labels={FAMILY_LABELS} value={draft.family} onChange={(family) => set({ family })} />
          {draft.kind === 'value' && (
            <ChoiceSelect
              label="Rows of a period"
              values={VALUE_POOLINGS}
              labels={POOLING_LABELS}
              value={draft.valuePooling}
              error={errors.valuePooling}
              onChange={(valuePooling) => set({ valuePooling })}
            />
          )}
        </SimpleGrid>
        <Group grow align="flex-start">
          <TextInput label="Scale from" placeholder="open" inputMode="decimal" value={draft.scaleMin} error={errors['scale.min']} onChange={(event) => set({ scaleMin: event.currentTarget.value })} />
          <TextInput label="Scale to" placeholder="open" inputMode="decimal" value={draft.scaleMax} error={errors['scale.max']} onChange={(event) => set({ scaleMax: event.currentTarget.value })} />
        </Group>
        <Checkbox.Group
          label="Attach to"
          value={draft.appliesTo}
          error={errors.appliesTo}
          onChange={(values) => set({ appliesTo: METRIC_TARGETS.filter((target) => values.includes(target)) })}
        >
          <Group gap="md" mt={4}>
            {METRIC_TARGETS.map((target) => (
              <Checkbox key={target} value={target} label={TARGET_LABELS[target]} />
            ))}
          </Group>
        </Checkbox.Group>
        <Text size="xs" c="dimmed">
          Key, how it is measured, unit, scale, direction and where it attaches are fixed once the metric exists: they say what stored figures mean.
        </Text>
        <FormError message={formError} />
        <FormActions submitLabel="Add metric" pending={mutations.create.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

function EditForm({ definition, mutations, onDone }: { definition: MetricDefinitionDto; mutations: Mutations; onDone: () => void }) {
  const [name, setName] = useState(definition.name);
  const [description, setDescription] = useState(definition.description);
  const [family, setFamily] = useState(definition.family);
  const { errors, formError, check, showProblem, setFormError } = useProblemForm(EDIT_FIELDS);
  // Reloaded after a 409: fields left as loaded show the latest words, the ones typed over stay.
  const [loaded, setLoaded] = useState(definition);
  if (definition.version !== loaded.version) {
    setLoaded(definition);
    if (name === loaded.name) setName(definition.name);
    if (description === loaded.description) setDescription(definition.description);
    if (family === loaded.family) setFamily(definition.family);
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!check({ name: trimmed === '' ? 'Name the metric' : undefined })) return;
    const patch = {
      ...(trimmed !== definition.name ? { name: trimmed } : {}),
      ...(description !== definition.description ? { description } : {}),
      ...(family !== definition.family ? { family } : {}),
    };
    if (Object.keys(patch).length === 0) {
      onDone();
      return;
    }
    mutations.update.mutate(
      { definition, patch },
      {
        onSuccess: onDone,
        onError: (failure) => {
          if (isApiError(failure, 409)) setFormError(DEFINITION_CONFLICT);
          else showProblem(failure);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`Edit ${definition.name}`}>
      <Stack gap="sm">
        <TextInput label="Name" maxLength={LIMITS.nameMax} value={name} error={errors.name} onChange={(event) => setName(event.currentTarget.value)} data-autofocus />
        <DescriptionInput value={description} error={errors.description} onChange={setDescription} />
        <ChoiceSelect label="Family" values={METRIC_FAMILIES} labels={FAMILY_LABELS} value={family} error={errors.family} onChange={setFamily} />
        <Text size="xs" c="dimmed">
          {definition.key} is measured as {KIND_LABELS[definition.kind].toLowerCase()}, in {UNIT_LABELS[definition.unit].toLowerCase()},{' '}
          {DIRECTION_LABELS[definition.direction].toLowerCase()}. These stay as they are: stored figures depend on them. To measure differently, add a new metric.
        </Text>
        <FormError message={formError} />
        <FormActions submitLabel="Save" pending={mutations.update.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}
