import { Alert, Button, EmptyState, Group } from '@mantine/core';
import { IconAlertCircle, IconPlus, IconRefresh, IconRoute2 } from '@tabler/icons-react';
import { Link } from 'react-router';

export interface LoadErrorProps {
  title: string;
  message: string;
  retrying: boolean;
  onRetry: () => void;
}

export function LoadError({ title, message, retrying, onRetry }: LoadErrorProps) {
  return (
    <Alert color="red" variant="light" radius="lg" title={title} icon={<IconAlertCircle aria-hidden />} role="alert">
      {message}
      <Group mt="md">
        <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={14} aria-hidden />} loading={retrying} onClick={onRetry}>
          Try again
        </Button>
      </Group>
    </Alert>
  );
}

/** What an editor is offered on an empty list: a button (`onClick`, e.g. the create dialog) or a link (`to`). */
export type NoJourneysCreate = { label: string; onClick: () => void; to?: never } | { label: string; to: string; onClick?: never };

export interface NoJourneysProps {
  /** Without it (a reader's view) the state only says that nothing is there yet. */
  create?: NoJourneysCreate;
  /** The editor's heading; readers always read "No journeys yet". */
  title?: string;
  /** The editor's explanation; readers always read who creates journeys. */
  description?: string;
}

const FIRST_JOURNEY_TITLE = 'Map your first customer journey';
const FIRST_JOURNEY_DESCRIPTION =
  'Start from a lifecycle template — awareness to advocacy, or a service lifecycle — then add the touchpoints where customers meet your brand, your product and your people.';

/** The empty list of journeys, on the journeys list and on the portfolio. */
export function NoJourneys({ create, title = FIRST_JOURNEY_TITLE, description = FIRST_JOURNEY_DESCRIPTION }: NoJourneysProps) {
  const icon = <IconPlus size={16} aria-hidden />;
  return (
    <EmptyState
      py={64}
      px="md"
      variant="light"
      color="indigo"
      size="lg"
      icon={<IconRoute2 size={32} aria-hidden />}
      title={create ? title : 'No journeys yet'}
      description={create ? description : 'Journeys that the editors of this workspace create will appear here.'}
      bg="white"
      bd="1px dashed var(--mantine-color-gray-4)"
      style={{ borderRadius: 'var(--mantine-radius-lg)' }}
    >
      {create && (
        <EmptyState.Actions>
          {create.to !== undefined ? (
            <Button component={Link} to={create.to} leftSection={icon}>
              {create.label}
            </Button>
          ) : (
            <Button leftSection={icon} onClick={create.onClick}>
              {create.label}
            </Button>
          )}
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
