import {
  CHANNEL_INFO,
  CHANNELS,
  INTERACTION_LABELS,
  INTERACTIONS,
  isOneOf,
  LAYER_LABELS,
  LAYERS,
  LIMITS,
  type StageDto,
  type TouchpointData,
  type TouchpointDto,
} from '@cxmap/domain';
import { Button, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { EMOTION_LABELS, EmotionFace } from '../emotion';
import { CommitTextField } from './commit-text-field';

const EMOTION_OPTIONS = [
  { value: '', label: 'Not set' },
  ...[2, 1, 0, -1, -2].map((v) => ({ value: String(v), label: `${v > 0 ? '+' : ''}${v} ${EMOTION_LABELS[String(v)]}` })),
];

export interface TouchpointPanelProps {
  touchpoint: TouchpointDto;
  stages: StageDto[];
  onChange: (id: string, data: Partial<TouchpointData>) => void;
  onDelete: (id: string) => void;
  readOnly?: boolean;
  /** Ownership and freshness below the owner team (the review-by date); absent where the canvas has no workspace. */
  review?: ReactNode;
}

export function TouchpointPanel({ touchpoint: tp, stages, onChange, onDelete, readOnly = false, review }: TouchpointPanelProps) {
  const set = (data: Partial<TouchpointData>): void => onChange(tp.id, data);
  return (
    <Stack gap="sm" p="md" aria-label="Touchpoint details" role="form">
      <Group gap="xs" wrap="nowrap" pr={36}>
        <Text fw={700} size="sm" tt="uppercase" c="dimmed">
          Touchpoint
        </Text>
        <EmotionFace value={tp.emotion} size={22} />
      </Group>
      <CommitTextField disabled={readOnly} label="Title" value={tp.title} required maxLength={LIMITS.titleMax} onCommit={(title) => set({ title })} />
      <CommitTextField
        disabled={readOnly}
        label="Description"
        value={tp.description}
        multiline
        maxLength={LIMITS.descriptionMax}
        onCommit={(description) => set({ description })}
      />
      <NativeSelect
        disabled={readOnly}
        label="Channel"
        value={tp.channel}
        data={CHANNELS.map((c) => ({ value: c, label: CHANNEL_INFO[c].label }))}
        onChange={(event) => {
          const channel = event.currentTarget.value;
          if (isOneOf(CHANNELS, channel)) set({ channel });
        }}
      />
      <NativeSelect
        disabled={readOnly}
        label="Interaction"
        description="Customer service means the customer deals with your people."
        value={tp.interaction}
        data={INTERACTIONS.map((i) => ({ value: i, label: INTERACTION_LABELS[i] }))}
        onChange={(event) => {
          const interaction = event.currentTarget.value;
          if (isOneOf(INTERACTIONS, interaction)) set({ interaction });
        }}
      />
      <CommitTextField
        disabled={readOnly}
        label="Owner team"
        value={tp.ownerTeam ?? ''}
        maxLength={LIMITS.ownerTeamMax}
        placeholder="e.g. Support"
        onCommit={(team) => set({ ownerTeam: team.trim() === '' ? null : team.trim() })}
      />
      {review}
      <NativeSelect
        disabled={readOnly}
        label="Stage"
        value={tp.stageId}
        data={stages.map((s) => ({ value: s.id, label: s.name }))}
        onChange={(event) => set({ stageId: event.currentTarget.value })}
      />
      <NativeSelect
        disabled={readOnly}
        label="Layer"
        value={tp.layer}
        data={LAYERS.map((l) => ({ value: l, label: LAYER_LABELS[l] }))}
        onChange={(event) => {
          const layer = event.currentTarget.value;
          if (isOneOf(LAYERS, layer)) set({ layer });
        }}
      />
      <NativeSelect
        disabled={readOnly}
        label="Emotion"
        value={tp.emotion === null ? '' : String(tp.emotion)}
        data={EMOTION_OPTIONS}
        onChange={(event) => {
          const raw = event.currentTarget.value;
          set({ emotion: raw === '' ? null : Number(raw) });
        }}
      />
      {!readOnly && (
        <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={() => onDelete(tp.id)} mt="xs">
          Delete touchpoint
        </Button>
      )}
    </Stack>
  );
}
