import { ANNOTATION_STATUSES, UNRESOLVED_STATUSES, type AnnotationDto, type AnnotationKind } from '@cxmap/domain';
import { ActionIcon, Anchor, Badge, Group, Menu, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconBulb, IconDots, IconFlame, IconMessage, IconMessageCircle, IconPencil, IconSparkles, IconTrash, IconUsers } from '@tabler/icons-react';
import { useState, type ComponentType } from 'react';
import { isApiError } from '../../../api/problem';
import { formatDateTime, formatRelativeTime, pluralize } from '../../../ui/relative-time';
import { AnnotationForm } from './annotation-form';
import { Replies } from './annotation-replies';
import { KIND_LABELS, SEVERITY_COLORS, STATUS_COLORS, STATUS_LABELS } from './annotation-labels';
import classes from './annotations.module.css';
import { SEVERITY_LABELS } from './pain-marker';
import { OwnerTeamForm } from './owner-team-form';
import type { useAnnotationMutations } from './use-annotation-mutations';

const KIND_ICONS: Record<AnnotationKind, ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>> = {
  pain_point: IconFlame,
  opportunity: IconSparkles,
  idea: IconBulb,
  comment: IconMessage,
};

export interface AnnotationItemProps {
  annotation: AnnotationDto;
  journeyId: string;
  canComment: boolean;
  /** The signed-in user: their own annotations can be edited and deleted. */
  userId: string | null;
  /** A workspace owner: deletes anyone's annotation or reply. */
  canModerate?: boolean;
  mutations: ReturnType<typeof useAnnotationMutations>;
  now: Date;
}

/** One annotation of the tab: what it says, who and when, its status, and its replies on demand. */
export function AnnotationItem({ annotation, journeyId, canComment, userId, canModerate = false, mutations, now }: AnnotationItemProps) {
  const [editing, setEditing] = useState(false);
  const [settingOwner, setSettingOwner] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const own = canComment && userId !== null && annotation.author.id === userId;
  const canDelete = canComment && (own || canModerate);
  const KindIcon = KIND_ICONS[annotation.kind];
  const resolved = !UNRESOLVED_STATUSES.includes(annotation.status);

  if (editing) {
    return (
      <div className={classes.item}>
        <AnnotationForm
          label={`Edit ${annotation.title}`}
          submitLabel="Save"
          initial={{
            kind: annotation.kind,
            severity: annotation.severity,
            title: annotation.title,
            body: annotation.body,
            links: annotation.evidence.flatMap((e) => (e.url ? [e.url] : [])).join('\n'),
          }}
          saving={mutations.update.isPending}
          onCancel={() => setEditing(false)}
          onSubmit={(content) =>
            mutations.update
              .mutateAsync({ annotation, patch: { ...content, evidence: [...annotation.evidence.filter((e) => !e.url), ...content.evidence] } })
              .then(() => setEditing(false))
              .catch((error: unknown) => {
                if (!isApiError(error, 409)) throw error;
                mutations.onConflict(error);
                setEditing(false);
              })
          }
        />
      </div>
    );
  }

  const confirmDelete = () =>
    modals.openConfirmModal({
      title: 'Delete this annotation?',
      children: <Text size="sm">“{annotation.title}” and its {pluralize(annotation.replyCount, 'reply', 'replies')} will be gone for everyone.</Text>,
      labels: { confirm: 'Delete', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => mutations.remove.mutate(annotation),
    });

  return (
    <article className={classes.item} data-resolved={resolved || undefined} aria-label={annotation.title}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <KindIcon size={16} stroke={1.8} aria-hidden />
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={4}>
            <Text size="xs" c="dimmed">
              {KIND_LABELS[annotation.kind]}
            </Text>
            {annotation.severity && (
              <Badge size="xs" color={SEVERITY_COLORS[annotation.severity]} variant={annotation.severity === 'critical' ? 'filled' : 'light'}>
                {SEVERITY_LABELS[annotation.severity]}
              </Badge>
            )}
            <Badge size="xs" variant="outline" color={STATUS_COLORS[annotation.status]} data-testid="annotation-status">
              {STATUS_LABELS[annotation.status]}
            </Badge>
            {annotation.ownerTeam && (
              <Badge size="xs" variant="default" leftSection={<IconUsers size={10} aria-hidden />} tt="none" data-testid="annotation-owner">
                {annotation.ownerTeam}
              </Badge>
            )}
          </Group>
          <div className={classes.itemTitle}>{annotation.title}</div>
          {annotation.body && (
            <Text size="xs" c="gray.7" lineClamp={expanded ? undefined : 3} className={classes.preview}>
              {annotation.body}
            </Text>
          )}
          {expanded && annotation.evidence.length > 0 && (
            <Stack gap={2}>
              {annotation.evidence.map((e, i) =>
                e.url ? (
                  <Anchor key={i} size="xs" href={e.url} target="_blank" rel="noreferrer noopener" truncate>
                    {e.text || e.url}
                  </Anchor>
                ) : (
                  <Text key={i} size="xs" fs="italic" className={classes.quote}>
                    {e.text}
                  </Text>
                ),
              )}
            </Stack>
          )}
          {settingOwner && (
            <OwnerTeamForm
              current={annotation.ownerTeam}
              saving={mutations.setOwnerTeam.isPending}
              onCancel={() => setSettingOwner(false)}
              onSave={(ownerTeam) =>
                mutations.setOwnerTeam
                  .mutateAsync({ annotation, ownerTeam })
                  .then(() => setSettingOwner(false))
                  .catch((error: unknown) => {
                    if (!isApiError(error, 409)) throw error;
                    mutations.onConflict(error);
                    setSettingOwner(false);
                  })
              }
            />
          )}
          <Group gap={6}>
            <Text size="xs" c="dimmed" title={formatDateTime(annotation.createdAt)}>
              {annotation.author.name} · {formatRelativeTime(annotation.createdAt, now)}
            </Text>
            <Anchor component="button" type="button" size="xs" onClick={() => setExpanded((open) => !open)} aria-expanded={expanded}>
              <Group gap={2} component="span">
                <IconMessageCircle size={12} aria-hidden />
                {expanded ? 'Hide replies' : annotation.replyCount > 0 ? pluralize(annotation.replyCount, 'reply', 'replies') : 'Reply'}
              </Group>
            </Anchor>
          </Group>
        </Stack>
        {canComment && (
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`Actions for ${annotation.title}`}>
                <IconDots size={14} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Status</Menu.Label>
              {ANNOTATION_STATUSES.map((status) => (
                <Menu.Item
                  key={status}
                  disabled={status === annotation.status}
                  onClick={() => mutations.setStatus.mutate({ annotation, status })}
                >
                  {status === 'resolved' ? 'Mark resolved' : status === 'wont_fix' ? 'Mark won’t fix' : `Mark ${STATUS_LABELS[status].toLowerCase()}`}
                </Menu.Item>
              ))}
              <Menu.Divider />
              <Menu.Item leftSection={<IconUsers size={14} />} onClick={() => setSettingOwner(true)}>
                {annotation.ownerTeam ? 'Change owner team' : 'Set owner team'}
              </Menu.Item>
              {(own || canDelete) && <Menu.Divider />}
              {own && (
                <Menu.Item leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
                  Edit
                </Menu.Item>
              )}
              {canDelete && (
                <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={confirmDelete}>
                  Delete
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        )}
      </Group>
      {expanded && (
        <Replies
          journeyId={journeyId}
          annotationId={annotation.id}
          canComment={canComment}
          canModerate={canModerate}
          userId={userId}
          mutations={mutations}
          now={now}
        />
      )}
    </article>
  );
}
