import type { UserDto, WorkspaceMembershipDto } from '@cxmap/domain';
import { ActionIcon, Avatar, Divider, Group, Indicator, Menu, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChartBar, IconCheck, IconClipboardCheck, IconHistory, IconLogout, IconPlus, IconSelector, IconSettings, IconUserCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { Wordmark } from './wordmark';
import classes from './app-header.module.css';

export interface AppHeaderProps {
  user: UserDto;
  workspaces: readonly WorkspaceMembershipDto[];
  currentWorkspace: WorkspaceMembershipDto | null;
  homeHref: string;
  /** The settings page of the current workspace. */
  settingsHref: string | null;
  /** The portfolio (every journey's health) of the current workspace; null when the user may not read it. */
  portfolioHref?: string | null;
  /** The activity (audit log) page of the current workspace; null when the user may not read it. */
  activityHref: string | null;
  /** The needs-review queue of the current workspace, with how many items wait (null while unknown). */
  needsReview?: { href: string; count: number | null } | null;
  onSelectWorkspace: (workspaceId: string) => void;
  onCreateWorkspace: () => void;
  onLogout: () => void;
}

export function AppHeader(props: AppHeaderProps) {
  const { user, workspaces, currentWorkspace, homeHref, settingsHref, portfolioHref = null, activityHref, needsReview, onSelectWorkspace, onCreateWorkspace, onLogout } = props;
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Link to={homeHref} className={classes.home} aria-label="CXMap home">
          <Wordmark />
        </Link>
        {currentWorkspace && (
          <>
            <Divider orientation="vertical" h={24} style={{ alignSelf: 'center' }} />
            <WorkspaceSwitcher workspaces={workspaces} current={currentWorkspace} onSelect={onSelectWorkspace} onCreate={onCreateWorkspace} />
            {settingsHref && (
              <Tooltip label="Workspace settings" openDelay={300}>
                <ActionIcon component={Link} to={settingsHref} variant="subtle" color="gray" aria-label="Workspace settings">
                  <IconSettings size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
            {portfolioHref && (
              <Tooltip label="Portfolio" openDelay={300}>
                <ActionIcon component={Link} to={portfolioHref} variant="subtle" color="gray" aria-label="Portfolio">
                  <IconChartBar size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
            {needsReview && <NeedsReviewLink href={needsReview.href} count={needsReview.count} />}
            {activityHref && (
              <Tooltip label="Activity" openDelay={300}>
                <ActionIcon component={Link} to={activityHref} variant="subtle" color="gray" aria-label="Workspace activity">
                  <IconHistory size={18} aria-hidden />
                </ActionIcon>
              </Tooltip>
            )}
          </>
        )}
      </Group>
      <UserMenu user={user} onLogout={onLogout} />
    </Group>
  );
}

/** The queue of stale touchpoints and unowned critical pain points; a red count while anything waits. */
function NeedsReviewLink({ href, count }: { href: string; count: number | null }) {
  const label = count === null || count === 0 ? 'Needs review' : `Needs review: ${count} ${count === 1 ? 'item' : 'items'}`;
  return (
    <Tooltip label={label} openDelay={300}>
      <Indicator label={count !== null && count > 99 ? '99+' : count} size={16} color="red" disabled={!count} offset={4} inline>
        <ActionIcon component={Link} to={href} variant="subtle" color="gray" aria-label={label}>
          <IconClipboardCheck size={18} aria-hidden />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}

interface WorkspaceSwitcherProps {
  workspaces: readonly WorkspaceMembershipDto[];
  current: WorkspaceMembershipDto;
  onSelect: (workspaceId: string) => void;
  onCreate: () => void;
}

/** The current workspace; its menu switches to another one or creates a new one. */
function WorkspaceSwitcher({ workspaces, current, onSelect, onCreate }: WorkspaceSwitcherProps) {
  return (
    <Menu position="bottom-start" width={300} shadow="md">
      <Menu.Target>
        <UnstyledButton className={classes.trigger} aria-label={`Workspace: ${current.name}. Switch workspace`}>
          <Group gap={6} wrap="nowrap">
            <Text fw={600} size="sm" truncate="end">
              {current.name}
            </Text>
            <IconSelector size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Workspaces</Menu.Label>
        {workspaces.map((workspace) => (
          <Menu.Item
            key={workspace.id}
            onClick={() => onSelect(workspace.id)}
            rightSection={workspace.id === current.id ? <IconCheck size={16} aria-label="current" /> : null}
          >
            <Text size="sm" fw={workspace.id === current.id ? 600 : 400}>
              {workspace.name}
            </Text>
            <Text size="xs" c="dimmed" tt="capitalize">
              {workspace.role}
            </Text>
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item leftSection={<IconPlus size={16} aria-hidden />} onClick={onCreate}>
          New workspace
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

function UserMenu({ user, onLogout }: { user: UserDto; onLogout: () => void }) {
  return (
    <Menu position="bottom-end" width={280} shadow="md">
      <Menu.Target>
        <UnstyledButton className={classes.trigger} aria-label={`Account: ${user.name}`}>
          <Group gap={8} wrap="nowrap">
            <Avatar name={user.name} color="initials" size={30} />
            <Text size="sm" fw={500} visibleFrom="sm" truncate="end" maw={160}>
              {user.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <div className={classes.identity}>
          <Text size="sm" fw={600} className={classes.wrap}>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" className={classes.wrap}>
            {user.email}
          </Text>
        </div>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} aria-hidden />}>
          Account settings
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={onLogout}>
          Log out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
