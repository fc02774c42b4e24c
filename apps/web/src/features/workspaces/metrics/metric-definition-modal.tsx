import {
  LIMITS,
  MEASUREMENT_KINDS,
  METRIC_DIRECTIONS,
  METRIC_FAMILIES,
  METRIC_TARGETS,
  METRIC_UNITS,
  VALUE_POOLINGS,
  isOneOf,
  type MetricDefinitionDto,
} from '@cxmap/domain';
import { Alert, Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { isApiError, problemToFormErrors } from '../../../api/problem';
import { draftToRequest, EMPTY_DRAFT, keyFromName, type DraftErrors, type DraftField, type MetricDraft } from './metric-draft';
import { DIRECTION_LABELS, FAMILY_LABELS, KIND_LABELS, POOLING_LABELS, TARGET_LABELS, UNIT_LABELS } from './metric-labels';
import type { useMetricDefinitionMutations } from './use-metric-definition-mutations';

type Mutations = ReturnType<typeof useMetricDefinitionMutations>;
const FIELDS: readonly DraftField[] = ['key', 'name', 'description', 'scale.min', 'scale.max', 'appliesTo', 'valuePooling'];

/** Shown when the save met a 409: the catalog is reloaded underneath, the form keeps what was typed. */
const DEFINITION_CONFLICT = 'Someone changed this metric meanwhile — reloaded; check and save again.';

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));

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
  const [errors, setErrors] = useState<DraftErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = (patch: Partial<MetricDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const result = draftToRequest(draft);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    mutations.create.mutate(result.request, {
      onSuccess: onDone,
      onError: (failure) => {
        const mapped = problemToFormErrors(failure, FIELDS);
        setErrors(mapped.fields);
        setFormError(mapped.form);
      },
    });
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
        <Textarea
          label="Description"
          autosize
          minRows={2}
          maxRows={5}
          maxLength={LIMITS.descriptionMax}
          value={draft.description}
          error={errors.description}
          onChange={(event) => set({ description: event.currentTarget.value })}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label="Measured as"
            data={options(MEASUREMENT_KINDS, KIND_LABELS)}
            value={draft.kind}
            onChange={(event) => {
              const kind = event.currentTarget.value;
              if (isOneOf(MEASUREMENT_KINDS, kind)) set({ kind });
            }}
          />
          <NativeSelect
            label="Unit"
            data={options(METRIC_UNITS, UNIT_LABELS)}
            value={draft.unit}
            onChange={(event) => {
              const unit = event.currentTarget.value;
              if (isOneOf(METRIC_UNITS, unit)) set({ unit });
            }}
          />
          <NativeSelect
            label="Better when"
            data={options(METRIC_DIRECTIONS, DIRECTION_LABELS)}
            value={draft.direction}
            onChange={(event) => {
              const direction = event.currentTarget.value;
              if (isOneOf(METRIC_DIRECTIONS, direction)) set({ direction });
            }}
          />
          <NativeSelect
            label="Family"
            data={options(METRIC_FAMILIES, FAMILY_LABELS)}
            value={draft.family}
            onChange={(event) => {
              const family = event.currentTarget.value;
              if (isOneOf(METRIC_FAMILIES, family)) set({ family });
            }}
          />
          {draft.kind === 'value' && (
            <NativeSelect
              label="Rows of a period"
              data={options(VALUE_POOLINGS, POOLING_LABELS)}
              value={draft.valuePooling}
              error={errors.valuePooling}
              onChange={(event) => {
                const valuePooling = event.currentTarget.value;
                if (isOneOf(VALUE_POOLINGS, valuePooling)) set({ valuePooling });
              }}
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
        {formError && (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={mutations.create.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={mutations.create.isPending}>
            Add metric
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function EditForm({ definition, mutations, onDone }: { definition: MetricDefinitionDto; mutations: Mutations; onDone: () => void }) {
  const [name, setName] = useState(definition.name);
  const [description, setDescription] = useState(definition.description);
  const [family, setFamily] = useState(definition.family);
  const [errors, setErrors] = useState<{ name?: string; description?: string; family?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
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
    setFormError(null);
    const trimmed = name.trim();
    if (trimmed === '') {
      setErrors({ name: 'Name the metric' });
      return;
    }
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
          if (isApiError(failure, 409)) {
            setFormError(DEFINITION_CONFLICT);
            return;
          }
          const mapped = problemToFormErrors(failure, ['name', 'description', 'family'] as const);
          setErrors(mapped.fields);
          setFormError(mapped.form);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label={`Edit ${definition.name}`}>
      <Stack gap="sm">
        <TextInput label="Name" maxLength={LIMITS.nameMax} value={name} error={errors.name} onChange={(event) => setName(event.currentTarget.value)} data-autofocus />
        <Textarea
          label="Description"
          autosize
          minRows={2}
          maxRows={5}
          maxLength={LIMITS.descriptionMax}
          value={description}
          error={errors.description}
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
        <NativeSelect
          label="Family"
          data={options(METRIC_FAMILIES, FAMILY_LABELS)}
          value={family}
          error={errors.family}
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (isOneOf(METRIC_FAMILIES, next)) setFamily(next);
          }}
        />
        <Text size="xs" c="dimmed">
          {definition.key} is measured as {KIND_LABELS[definition.kind].toLowerCase()}, in {UNIT_LABELS[definition.unit].toLowerCase()},{' '}
          {DIRECTION_LABELS[definition.direction].toLowerCase()}. These stay as they are: stored figures depend on them. To measure differently, add a new metric.
        </Text>
        {formError && (
          <Alert color="red" variant="light" role="alert">
            {formError}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={mutations.update.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={mutations.update.isPending}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
