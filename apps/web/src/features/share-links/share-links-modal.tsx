import { LIMITS, isOneOf, type CreatedShareLinkResponse, type ShareLinkDto } from '@cxmap/domain';
import {
  ActionIcon,
  Alert,
  Button,
  CopyButton,
  Group,
  Modal,
  NativeSelect,
  Skeleton,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCheck, IconCopy, IconLink, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../api/problem';
import { useProblemForm } from '../../api/use-problem-form';
import { shareLinkQueries, shareUrl } from '../../api/share-links';
import { LoadError } from '../../ui/list-states';
import { formatDate, formatDateTime, formatRelativeTime } from '../../ui/relative-time';
import { useNow } from '../../ui/use-now';
import { EXPIRY_CHOICES, EXPIRY_LABELS, dateInputRange, expiryFor, type ExpiryChoice } from './share-expiry';
import { useCreateShareLink, useRevokeShareLink } from './use-share-links';
import { FormError } from '../../ui/form-actions';

const FIELDS = ['label', 'expiresAt'] as const;

const EXPIRY_OPTIONS = EXPIRY_CHOICES.map((choice) => ({ value: choice, label: EXPIRY_LABELS[choice] }));

export interface ShareLinksModalProps {
  journeyId: string;
  opened: boolean;
  onClose: () => void;
}

/** Create read-only links of a journey (the new one is shown once), and revoke the active ones. */
export function ShareLinksModal({ journeyId, opened, onClose }: ShareLinksModalProps) {
  const [created, setCreated] = useState<CreatedShareLinkResponse | null>(null);
  const close = () => {
    setCreated(null);
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title="Share this journey" size="xl" radius="lg">
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          Anyone with a link sees this journey’s map, read-only and without an account — nothing else of your workspace. A link
          may also let them download reports (PDF, slides, Excel, CSV) of the map, its metrics and pain points, without
          comments or anyone’s name.
        </Text>
        <CreateLinkForm journeyId={journeyId} onCreated={setCreated} />
        {created && <NewLink created={created} onDone={() => setCreated(null)} />}
        <ActiveLinks journeyId={journeyId} />
      </Stack>
    </Modal>
  );
}

function CreateLinkForm({ journeyId, onCreated }: { journeyId: string; onCreated: (created: CreatedShareLinkResponse) => void }) {
  const create = useCreateShareLink(journeyId);
  const [label, setLabel] = useState('');
  const [choice, setChoice] = useState<ExpiryChoice>('never');
  const [date, setDate] = useState('');
  const [allowExport, setAllowExport] = useState(false);
  const { errors, formError, check, clearError, showProblem, textField } = useProblemForm(FIELDS);
  const range = dateInputRange(new Date());

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const expiry = expiryFor(choice, new Date(), date);
    check(expiry.ok ? {} : { expiresAt: expiry.error });
    if (!expiry.ok) return;
    create.mutate(
      { label: label.trim() === '' ? null : label.trim(), expiresAt: expiry.expiresAt, allowExport },
      {
        onSuccess: (response) => {
          setLabel('');
          onCreated(response);
        },
        onError: showProblem,
      },
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Create a share link">
      <Stack gap="sm">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput
            label="Label"
            description="Optional: who or what the link is for"
            placeholder="e.g. Board review"
            maxLength={LIMITS.shareLabelMax}
            {...textField('label', label, setLabel)}
            style={{ flex: '2 1 240px' }}
          />
          <NativeSelect
            label="Expires"
            description="The link stops working then"
            value={choice}
            data={EXPIRY_OPTIONS}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(EXPIRY_CHOICES, value)) setChoice(value);
              clearError('expiresAt');
            }}
            error={choice === 'date' ? undefined : errors.expiresAt}
            style={{ flex: '1 1 150px' }}
          />
          {choice === 'date' && (
            <TextInput
              type="date"
              label="Expiry day"
              description="Works until the end of that day"
              min={range.min}
              max={range.max}
              {...textField('expiresAt', date, setDate)}
              style={{ flex: '1 1 170px' }}
            />
          )}
        </Group>
        <Switch
          label="Allow report downloads"
          description="PDF, slides, Excel and CSV of the map, metrics and pain points; never comments or names"
          checked={allowExport}
          onChange={(event) => setAllowExport(event.currentTarget.checked)}
        />
        <FormError message={formError} />
        <Group>
          <Button type="submit" leftSection={<IconLink size={16} aria-hidden />} loading={create.isPending}>
            Create link
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function NewLink({ created, onDone }: { created: CreatedShareLinkResponse; onDone: () => void }) {
  const url = shareUrl(created.token);
  return (
    <Alert
      color="teal"
      variant="light"
      radius="md"
      icon={<IconLink size={18} aria-hidden />}
      title={created.label ? `New share link: ${created.label}` : 'New share link'}
      role="region"
      aria-label="New share link"
    >
      <Stack gap="xs">
        <Text size="sm">Copy it now: for your security it cannot be shown again. If you lose it, create another one.</Text>
        <Group gap="xs" wrap="nowrap">
          <TextInput
            readOnly
            value={url}
            aria-label="Share link"
            style={{ flex: 1 }}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton value={url} timeout={2000}>
            {({ copied, copy }) => (
              <Button
                color={copied ? 'teal' : 'indigo'}
                leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
                onClick={copy}
              >
                {copied ? 'Copied' : 'Copy link'}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Group justify="flex-end">
          <Button size="xs" variant="subtle" color="gray" onClick={onDone}>
            Done
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

function ActiveLinks({ journeyId }: { journeyId: string }) {
  const links = useQuery(shareLinkQueries.list(journeyId));
  const revoke = useRevokeShareLink(journeyId);
  const now = useNow();

  const confirmRevoke = (link: ShareLinkDto): void => {
    modals.openConfirmModal({
      title: 'Revoke share link?',
      radius: 'lg',
      children: (
        <Text size="sm">
          {link.label ? `“${link.label}”` : 'This link'} will stop working at once for everyone who has it. This cannot be undone.
        </Text>
      ),
      labels: { confirm: 'Revoke', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => revoke.mutate(link),
    });
  };

  return (
    <Stack gap="xs">
      <Text fw={650} size="sm">
        Active links
      </Text>
      {links.isPending && <Skeleton h={40} role="status" aria-label="Loading share links" />}
      {links.isError && !links.data && (
        <LoadError
          title="The share links could not be loaded"
          message={describeError(links.error)}
          retrying={links.isFetching}
          onRetry={() => void links.refetch()}
        />
      )}
      {links.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          No active links: nobody outside the workspace can open this journey.
        </Text>
      )}
      {links.data && links.data.length > 0 && (
        <Table.ScrollContainer minWidth={680}>
          <Table verticalSpacing="xs" aria-label="Active share links">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Label</Table.Th>
                <Table.Th w={150}>Created by</Table.Th>
                <Table.Th w={120}>Expires</Table.Th>
                <Table.Th w={130}>Last opened</Table.Th>
                <Table.Th w={90}>Reports</Table.Th>
                <Table.Th w={48} aria-label="Actions" />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {links.data.map((link) => (
                <Table.Tr key={link.id}>
                  <Table.Td>
                    <Tooltip label={`Created ${formatDateTime(link.createdAt)}`} openDelay={300}>
                      <Text size="sm" c={link.label ? undefined : 'dimmed'} fs={link.label ? undefined : 'italic'}>
                        {link.label ?? 'No label'}
                      </Text>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {link.createdBy?.name ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {link.expiresAt ? (
                      <Tooltip label={`${formatDateTime(link.expiresAt)} (${formatRelativeTime(link.expiresAt, now)})`} openDelay={300}>
                        <Text size="sm" c="dimmed">
                          {formatDate(link.expiresAt)}
                        </Text>
                      </Tooltip>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Never
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" title={link.lastOpenedAt ? formatDateTime(link.lastOpenedAt) : undefined}>
                      {link.lastOpenedAt ? formatRelativeTime(link.lastOpenedAt, now) : 'Not yet'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {link.allowExport ? 'Allowed' : 'No'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Tooltip label="Revoke" openDelay={300}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={`Revoke ${link.label ? `the link “${link.label}”` : 'the unlabelled link'}`}
                        onClick={() => confirmRevoke(link)}
                      >
                        <IconX size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
