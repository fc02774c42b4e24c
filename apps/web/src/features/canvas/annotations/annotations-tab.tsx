import { UNRESOLVED_STATUSES, type AnnotationTargetKind } from '@cxmap/domain';
import { Alert, Button, Chip, Group, Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconMessages, IconPlus } from '@tabler/icons-react';
import { useContext, useState } from 'react';
import { annotationQueries } from '../../../api/annotations';
import { describeError } from '../../../api/problem';
import { MeContext } from '../../../app/me-context';
import { useNow } from '../../../ui/use-now';
import { AnnotationForm } from './annotation-form';
import { AnnotationItem } from './annotation-item';
import { useAnnotationMutations } from './use-annotation-mutations';

export interface AnnotationsTabProps {
  journeyId: string;
  target: { kind: AnnotationTargetKind; id: string };
  /** journey:comment: add, reply, change status, edit and delete one's own. Without it: reading only. */
  canComment: boolean;
  /** A workspace owner: deletes anyone's annotations and replies. */
  canModerate?: boolean;
}

type Show = 'open' | 'all';

/** The annotations of one touchpoint, stage or link: list, add, reply, triage. */
export function AnnotationsTab({ journeyId, target, canComment, canModerate = false }: AnnotationsTabProps) {
  const list = useQuery(annotationQueries.list(journeyId, target.id));
  const mutations = useAnnotationMutations(journeyId);
  const userId = useContext(MeContext)?.user.id ?? null;
  const now = useNow();
  const [show, setShow] = useState<Show>('open');
  const [adding, setAdding] = useState(false);

  if (list.isPending) {
    return (
      <Group justify="center" p="lg" role="status" aria-label="Loading annotations">
        <Loader size="sm" />
      </Group>
    );
  }
  if (list.isError) {
    return (
      <Alert color="red" variant="light" m="md" title="Annotations could not be loaded">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{describeError(list.error)}</Text>
          <Button size="xs" variant="light" onClick={() => void list.refetch()}>
            Try again
          </Button>
        </Stack>
      </Alert>
    );
  }

  const all = list.data.items;
  const open = all.filter((a) => UNRESOLVED_STATUSES.includes(a.status));
  const shown = show === 'open' ? open : all;
  const targetKey = target.kind === 'touchpoint' ? 'touchpointId' : target.kind === 'stage' ? 'stageId' : 'linkId';

  return (
    <Stack gap="sm" p="md" pt="sm">
      <Group justify="space-between" gap="xs">
        <Chip.Group value={show} onChange={(value) => setShow(value === 'all' ? 'all' : 'open')}>
          <Group gap={4} role="group" aria-label="Show annotations">
            <Chip value="open" size="xs" variant="outline">
              Open ({open.length})
            </Chip>
            <Chip value="all" size="xs" variant="outline">
              All ({all.length})
            </Chip>
          </Group>
        </Chip.Group>
        {canComment && !adding && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            Add annotation
          </Button>
        )}
      </Group>
      {adding && (
        <AnnotationForm
          label="Add an annotation"
          submitLabel="Add"
          saving={mutations.create.isPending}
          onCancel={() => setAdding(false)}
          onSubmit={(content) =>
            mutations.create.mutateAsync({ [targetKey]: target.id, ...content }).then(() => {
              setAdding(false);
              setShow('open');
            })
          }
        />
      )}
      {shown.length === 0 && !adding && (
        <Stack gap={6} align="center" py="md" c="dimmed" ta="center">
          <IconMessages size={28} stroke={1.5} aria-hidden />
          <Text size="sm">
            {all.length === 0
              ? 'No annotations yet — note pain points, opportunities, ideas or comments here.'
              : 'Nothing open here: every annotation is resolved or won’t be fixed.'}
          </Text>
        </Stack>
      )}
      {shown.map((annotation) => (
        <AnnotationItem
          key={annotation.id}
          annotation={annotation}
          journeyId={journeyId}
          canComment={canComment}
          canModerate={canModerate}
          userId={userId}
          mutations={mutations}
          now={now}
        />
      ))}
      {list.data.nextCursor !== null && (
        <Text size="xs" c="dimmed" ta="center">
          Showing the newest {all.length}.
        </Text>
      )}
    </Stack>
  );
}
