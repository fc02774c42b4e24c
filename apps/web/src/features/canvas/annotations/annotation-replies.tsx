import { ANNOTATION_LIMITS, type AnnotationReplyDto } from '@cxmap/domain';
import { ActionIcon, Button, Group, Loader, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useQuery } from '@tanstack/react-query';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { annotationQueries } from '../../../api/annotations';
import { describeError, isApiError } from '../../../api/problem';
import { formatDateTime, formatRelativeTime } from '../../../ui/relative-time';
import classes from './annotations.module.css';
import type { useAnnotationMutations } from './use-annotation-mutations';

type Mutations = ReturnType<typeof useAnnotationMutations>;

export interface RepliesProps {
  journeyId: string;
  annotationId: string;
  canComment: boolean;
  /** A workspace owner: deletes anyone's reply. */
  canModerate: boolean;
  userId: string | null;
  mutations: Mutations;
  now: Date;
}

/** The replies to one annotation, oldest first; the author edits theirs, the author or an owner deletes one. */
export function Replies({ journeyId, annotationId, canComment, canModerate, userId, mutations, now }: RepliesProps) {
  const replies = useQuery(annotationQueries.replies(journeyId, annotationId));
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = () => {
    const body = draft.trim();
    if (body === '') return;
    setError(null);
    mutations.reply.mutate({ annotationId, body }, { onSuccess: () => setDraft(''), onError: (failure) => setError(describeError(failure)) });
  };
  return (
    <Stack gap={6} mt={8} className={classes.replies} aria-label="Replies">
      {replies.isPending && <Loader size="xs" aria-label="Loading replies" />}
      {replies.isError && (
        <Text size="xs" c="red">
          Replies could not be loaded: {describeError(replies.error)}
        </Text>
      )}
      {replies.data?.length === 0 && !canComment && (
        <Text size="xs" c="dimmed">
          No replies yet.
        </Text>
      )}
      {replies.data?.map((reply) => {
        const own = canComment && userId !== null && reply.author.id === userId;
        return <Reply key={reply.id} reply={reply} canEdit={own} canDelete={canComment && (own || canModerate)} mutations={mutations} now={now} />;
      })}
      {canComment && (
        <Stack gap={4}>
          <Textarea
            size="xs"
            autosize
            minRows={1}
            maxRows={6}
            maxLength={ANNOTATION_LIMITS.replyMax}
            placeholder="Write a reply"
            aria-label="Reply"
            value={draft}
            error={error}
            onChange={(event) => setDraft(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button size="compact-xs" onClick={send} disabled={draft.trim() === ''} loading={mutations.reply.isPending}>
              Send reply
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

interface ReplyProps {
  reply: AnnotationReplyDto;
  canEdit: boolean;
  canDelete: boolean;
  mutations: Mutations;
  now: Date;
}

function Reply({ reply, canEdit, canDelete, mutations, now }: ReplyProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const edited = reply.updatedAt !== reply.createdAt;

  const save = () => {
    const body = (editing ?? '').trim();
    if (body === '') {
      setError('A reply cannot be empty');
      return;
    }
    if (body === reply.body) {
      setEditing(null);
      return;
    }
    mutations.editReply.mutate(
      { reply, body },
      {
        onSuccess: () => setEditing(null),
        onError: (failure) => {
          if (isApiError(failure, 409)) {
            mutations.onConflict(failure);
            setEditing(null);
          } else setError(describeError(failure));
        },
      },
    );
  };

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: 'Delete this reply?',
      children: <Text size="sm">It will be gone for everyone.</Text>,
      labels: { confirm: 'Delete', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => mutations.removeReply.mutate(reply),
    });

  return (
    <div aria-label={`Reply by ${reply.author.name}`} role="group">
      <Group gap={4} wrap="nowrap" justify="space-between">
        <Text size="xs" c="dimmed" title={formatDateTime(reply.createdAt)}>
          {reply.author.name} · {formatRelativeTime(reply.createdAt, now)}
          {edited && ' · edited'}
        </Text>
        {editing === null && (canEdit || canDelete) && (
          <Group gap={0} wrap="nowrap">
            {canEdit && (
              <Tooltip label="Edit reply" openDelay={300}>
                <ActionIcon size="xs" variant="subtle" color="gray" aria-label="Edit reply" onClick={() => setEditing(reply.body)}>
                  <IconPencil size={12} />
                </ActionIcon>
              </Tooltip>
            )}
            {canDelete && (
              <Tooltip label="Delete reply" openDelay={300}>
                <ActionIcon size="xs" variant="subtle" color="red" aria-label="Delete reply" onClick={confirmDelete}>
                  <IconTrash size={12} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        )}
      </Group>
      {editing === null ? (
        <Text size="xs" className={classes.preview}>
          {reply.body}
        </Text>
      ) : (
        <Stack gap={4}>
          <Textarea
            size="xs"
            autosize
            minRows={1}
            maxRows={6}
            maxLength={ANNOTATION_LIMITS.replyMax}
            aria-label="Edit your reply"
            value={editing}
            error={error}
            onChange={(event) => {
              setEditing(event.currentTarget.value);
              setError(null);
            }}
            data-autofocus
          />
          <Group justify="flex-end" gap={4}>
            <Button size="compact-xs" variant="default" onClick={() => setEditing(null)} disabled={mutations.editReply.isPending}>
              Cancel
            </Button>
            <Button size="compact-xs" onClick={save} loading={mutations.editReply.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      )}
    </div>
  );
}
