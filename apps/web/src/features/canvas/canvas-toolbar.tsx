import { ActionIcon, Anchor, Badge, Button, Divider, Group, Text, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconArrowLeft,
  IconEye,
  IconLayoutDistributeHorizontal,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import { memo, type ReactNode } from 'react';
import { Link } from 'react-router';
import classes from './canvas.module.css';
import type { EditorSnapshot } from './journey-editor';
import { SaveStatus } from './save-status';

export interface CanvasToolbarProps {
  workspaceId: string;
  journeyName: string;
  /** Shows a "View only" badge in place of every editing control. */
  readOnly: boolean;
  state: EditorSnapshot;
  /** Extra buttons at the end of the toolbar (e.g. Share). */
  actions?: ReactNode;
  canAddTouchpoint: boolean;
  canDelete: boolean;
  onAddTouchpoint: () => void;
  onAddStage: () => void;
  onAutoLayout: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onDelete: () => void;
  onRetry: () => void;
  /** Highlight and summary controls, for viewers and editors alike; absent without metrics. */
  metricsControls?: ReactNode;
}

function CanvasToolbarComponent(props: CanvasToolbarProps) {
  return (
    <div className={classes.toolbar} role="toolbar" aria-label="Journey canvas">
      <Anchor component={Link} to={`/w/${props.workspaceId}`} size="sm" c="dimmed">
        <Group gap={4} wrap="nowrap">
          <IconArrowLeft size={16} aria-hidden />
          Journeys
        </Group>
      </Anchor>
      <Divider orientation="vertical" />
      <Text fw={650} size="md" truncate="end" maw={300} component="h1" m={0} title={props.journeyName}>
        {props.journeyName}
      </Text>
      <Divider orientation="vertical" />
      {props.readOnly ? <ViewOnlyBadge /> : <EditingControls {...props} />}
      {props.metricsControls}
      <div style={{ flex: 1 }} />
      {!props.readOnly && <SaveStatus state={props.state} onRetry={props.onRetry} />}
      {props.actions}
    </div>
  );
}

function ViewOnlyBadge() {
  return (
    <Tooltip label="Your role lets you explore this journey, not change it" openDelay={300}>
      <Badge variant="light" color="gray" size="lg" radius="sm" tt="none" leftSection={<IconEye size={14} aria-hidden />}>
        View only
      </Badge>
    </Tooltip>
  );
}

function EditingControls(props: CanvasToolbarProps) {
  const { state } = props;
  return (
    <>
      <Button size="xs" leftSection={<IconPlus size={14} />} onClick={props.onAddTouchpoint} disabled={!props.canAddTouchpoint}>
        Add touchpoint
      </Button>
      <Button size="xs" variant="default" leftSection={<IconPlus size={14} />} onClick={props.onAddStage}>
        Add stage
      </Button>
      <Button size="xs" variant="default" leftSection={<IconLayoutDistributeHorizontal size={14} />} onClick={props.onAutoLayout}>
        Auto-layout
      </Button>
      <Group gap={2} wrap="nowrap">
        <Tooltip label="Undo (Ctrl+Z)">
          <ActionIcon variant="default" size="md" onClick={props.onUndo} disabled={!state.canUndo} aria-label="Undo">
            <IconArrowBackUp size={16} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Redo (Ctrl+Shift+Z)">
          <ActionIcon variant="default" size="md" onClick={props.onRedo} disabled={!state.canRedo} aria-label="Redo">
            <IconArrowForwardUp size={16} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Tooltip label="Delete the selection (Delete)">
        <ActionIcon variant="default" color="red" size="md" onClick={props.onDelete} disabled={!props.canDelete} aria-label="Delete selection">
          <IconTrash size={16} />
        </ActionIcon>
      </Tooltip>
    </>
  );
}

export const CanvasToolbar = memo(CanvasToolbarComponent);
