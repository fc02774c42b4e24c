import { ROLE_LABELS, ROLES, isOneOf, type MemberDto, type Role } from '@cxmap/domain';
import { ActionIcon, Avatar, Badge, Group, NativeSelect, Skeleton, Table, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconUserMinus } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { describeError } from '../../api/problem';
import { loadedItems } from '../../api/pages';
import { workspaceQueries } from '../../api/workspaces';
import { LoadError } from '../../ui/list-states';
import { LoadMore } from '../../ui/load-more';
import { formatDate } from '../../ui/relative-time';
import { SettingsSection } from '../../ui/settings-section';
import { useChangeRole, useRemoveMember } from './use-workspace-mutations';

export interface MembersSectionProps {
  workspaceId: string;
  ownUserId: string;
  /** Owners change roles and remove members; everybody else sees the list. */
  canManage: boolean;
}

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const ROLE_COLORS: Record<Role, string> = { owner: 'indigo', editor: 'teal', commenter: 'grape', viewer: 'gray' };

export function MembersSection({ workspaceId, ownUserId, canManage }: MembersSectionProps) {
  const members = useInfiniteQuery(workspaceQueries.members(workspaceId));
  const items = loadedItems(members.data);
  const changeRole = useChangeRole(workspaceId, ownUserId);
  const remove = useRemoveMember(workspaceId);

  const confirmRemove = (member: MemberDto): void => {
    modals.openConfirmModal({
      title: `Remove ${member.name}?`,
      radius: 'lg',
      children: (
        <Text size="sm">
          {member.name} ({member.email}) will lose access to this workspace and its journeys at once. You can invite them again later.
        </Text>
      ),
      labels: { confirm: 'Remove member', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => remove.mutate({ userId: member.userId, name: member.name }),
    });
  };

  return (
    <SettingsSection
      title="Members"
      description={canManage ? 'Everyone with access to this workspace. Roles take effect at once.' : 'Everyone with access to this workspace.'}
    >
      {members.isError && !members.data && (
        <LoadError
          title="The members could not be loaded"
          message={describeError(members.error)}
          retrying={members.isFetching}
          onRetry={() => void members.refetch()}
        />
      )}
      {(members.isPending || members.data) && (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" aria-label="Members" aria-busy={members.isPending}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Member</Table.Th>
                <Table.Th w={170}>Role</Table.Th>
                <Table.Th w={150}>Joined</Table.Th>
                {canManage && <Table.Th w={48} aria-label="Actions" />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.isPending &&
                Array.from({ length: 3 }, (_, index) => (
                  <Table.Tr key={index}>
                    <Table.Td colSpan={canManage ? 4 : 3}>
                      <Skeleton h={28} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              {items?.map((member) => {
                const isSelf = member.userId === ownUserId;
                return (
                  <Table.Tr key={member.userId}>
                    <Table.Td>
                      <Group gap="sm" wrap="nowrap">
                        <Avatar name={member.name} color="initials" size={32} />
                        <div style={{ minWidth: 0 }}>
                          <Group gap={6} wrap="nowrap">
                            <Text size="sm" fw={600} truncate="end">
                              {member.name}
                            </Text>
                            {isSelf && (
                              <Badge size="xs" variant="light" color="gray" tt="none">
                                You
                              </Badge>
                            )}
                          </Group>
                          <Text size="xs" c="dimmed" truncate="end">
                            {member.email}
                          </Text>
                        </div>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      {canManage ? (
                        <NativeSelect
                          size="xs"
                          aria-label={`Role of ${member.name}`}
                          value={member.role}
                          data={ROLE_OPTIONS}
                          onChange={(event) => {
                            const role = event.currentTarget.value;
                            if (isOneOf(ROLES, role)) changeRole.mutate({ userId: member.userId, role });
                          }}
                        />
                      ) : (
                        <Badge variant="light" color={ROLE_COLORS[member.role]} tt="none" radius="sm">
                          {ROLE_LABELS[member.role]}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {formatDate(member.joinedAt)}
                      </Text>
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        {!isSelf && (
                          <Tooltip label="Remove from the workspace" openDelay={300}>
                            <ActionIcon variant="subtle" color="red" aria-label={`Remove ${member.name}`} onClick={() => confirmRemove(member)}>
                              <IconUserMinus size={16} aria-hidden />
                            </ActionIcon>
                          </Tooltip>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {members.hasNextPage && (
        <LoadMore what="members" loading={members.isFetchingNextPage} onLoadMore={() => void members.fetchNextPage()} />
      )}
    </SettingsSection>
  );
}
