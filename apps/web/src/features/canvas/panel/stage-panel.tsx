import { LIMITS, PHASE_LABELS, PHASES, isOneOf, type StageData, type StageDto } from '@cxmap/domain';
import { Button, NativeSelect, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { CommitTextField } from './commit-text-field';

export interface StagePanelProps {
  stage: StageDto;
  onChange: (id: string, data: Partial<StageData>) => void;
  onDelete: (id: string) => void;
  readOnly?: boolean;
}

export function StagePanel({ stage, onChange, onDelete, readOnly = false }: StagePanelProps) {
  return (
    <Stack gap="sm" p="md" aria-label="Stage details" role="form">
      <Text fw={700} size="sm" tt="uppercase" c="dimmed">
        Stage
      </Text>
      <CommitTextField disabled={readOnly} label="Name" value={stage.name} required maxLength={LIMITS.nameMax} onCommit={(name) => onChange(stage.id, { name })} />
      <NativeSelect
        disabled={readOnly}
        label="Phase"
        value={stage.phase}
        data={PHASES.map((p) => ({ value: p, label: PHASE_LABELS[p] }))}
        onChange={(event) => {
          const phase = event.currentTarget.value;
          if (isOneOf(PHASES, phase)) onChange(stage.id, { phase });
        }}
      />
      <CommitTextField
        disabled={readOnly}
        label="Customer goal"
        value={stage.customerGoal}
        multiline
        maxLength={LIMITS.descriptionMax}
        onCommit={(customerGoal) => onChange(stage.id, { customerGoal })}
      />
      <CommitTextField
        disabled={readOnly}
        label="Description"
        value={stage.description}
        multiline
        maxLength={LIMITS.descriptionMax}
        onCommit={(description) => onChange(stage.id, { description })}
      />
      {!readOnly && (
        <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => onDelete(stage.id)} mt="xs">
          Delete stage
        </Button>
      )}
    </Stack>
  );
}
