import { PHASE_LABELS, type StageDto } from '@cxmap/domain';
import { ActionIcon, Badge, Group, TextInput, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconTrash } from '@tabler/icons-react';
import { memo, useState, type KeyboardEvent } from 'react';
import classes from './canvas.module.css';
import { PainChip } from './annotations/pain-chip';
import type { StageColumn } from './canvas-geometry';

export interface StageHeaderActions {
  onSelect: (stageId: string) => void;
  onRename: (stageId: string, name: string) => void;
  onMove: (stageId: string, direction: -1 | 1) => void;
  onDelete: (stageId: string) => void;
}

interface StageHeaderProps extends StageHeaderActions {
  stage: StageDto;
  column: StageColumn;
  top: number;
  height: number;
  selected: boolean;
  touchpointCount: number;
  isFirst: boolean;
  isLast: boolean;
  readOnly: boolean;
}

/** A stage column's header: name (double-click to rename), phase, goal, move and delete. */
function StageHeaderComponent(props: StageHeaderProps) {
  const { stage, column, selected, touchpointCount, isFirst, isLast, readOnly, onSelect, onRename, onMove, onDelete } = props;
  const [draft, setDraft] = useState<string | null>(null);

  const commit = (): void => {
    const name = draft?.trim();
    setDraft(null);
    if (name && name !== stage.name) onRename(stage.id, name);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'Enter') commit();
    if (event.key === 'Escape') setDraft(null);
  };

  return (
    <div
      className={`${classes.header} ${selected ? classes.headerSelected : ''} nopan nodrag`}
      style={{ left: column.x, top: props.top, width: column.width, height: props.height }}
      onClick={() => onSelect(stage.id)}
      data-testid="stage-header"
      role="group"
      aria-label={`Stage ${stage.name}`}
    >
      <div className={classes.headerRow}>
        {readOnly ? (
          <span className={classes.headerName} style={{ cursor: 'default' }} title={stage.name}>
            {stage.name}
          </span>
        ) : draft === null ? (
          <Tooltip label="Double-click to rename" openDelay={600}>
            <button
              type="button"
              className={classes.headerName}
              onDoubleClick={() => setDraft(stage.name)}
            >
              {stage.name}
            </button>
          </Tooltip>
        ) : (
          <TextInput
            size="xs"
            autoFocus
            aria-label="Stage name"
            value={draft}
            maxLength={200}
            onChange={(event) => setDraft(event.currentTarget.value)}
            onBlur={commit}
            onKeyDown={onKeyDown}
            onClick={(event) => event.stopPropagation()}
            style={{ flex: 1 }}
          />
        )}
        <PainChip targetId={stage.id} />
        {!readOnly && (
          <Group gap={0} wrap="nowrap" onClick={(event) => event.stopPropagation()}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              disabled={isFirst}
              onClick={() => onMove(stage.id, -1)}
              aria-label={`Move stage ${stage.name} left`}
            >
              <IconChevronLeft size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              disabled={isLast}
              onClick={() => onMove(stage.id, 1)}
              aria-label={`Move stage ${stage.name} right`}
            >
              <IconChevronRight size={16} />
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              size="sm"
              onClick={() => onDelete(stage.id)}
              aria-label={`Delete stage ${stage.name}`}
            >
              <IconTrash size={15} />
            </ActionIcon>
          </Group>
        )}
      </div>
      <Group gap={6} wrap="nowrap">
        <Badge size="xs" variant="light" color={stage.phase === 'custom' ? 'gray' : 'indigo'}>
          {PHASE_LABELS[stage.phase]}
        </Badge>
        <span className={classes.headerGoal}>
          {touchpointCount} touchpoint{touchpointCount === 1 ? '' : 's'}
        </span>
      </Group>
      {stage.customerGoal && (
        <div className={classes.headerGoal} title={stage.customerGoal}>
          Goal: {stage.customerGoal}
        </div>
      )}
    </div>
  );
}

export const StageHeader = memo(StageHeaderComponent);
