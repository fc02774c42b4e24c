import { Badge, Box, Button, Center, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconEye, IconLinkOff } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import { describeError, isApiError } from '../../api/problem';
import { shareEventsUrl } from '../../api/journey-events';
import { shareLinkQueries } from '../../api/share-links';
import { formatDate } from '../../ui/relative-time';
import { Wordmark } from '../../ui/wordmark';
import { CanvasLoading } from '../canvas/canvas-states';
import { CanvasFrame } from '../canvas/journey-canvas-page';
import { ExportButton } from '../exports/export-button';

const BAR_HEIGHT = 52;

/**
 * `/s/:token`: the journey a share link opens, read-only, for anyone holding the link (no account,
 * no app navigation). A link that stops working (revoked, expired) shows so on the next read.
 */
export function SharedJourneyPage() {
  const { token = '' } = useParams();
  const options = shareLinkQueries.shared(token);
  const query = useQuery(options);

  // A 404 wins over a copy loaded earlier: once revoked, the journey is not shown any more.
  if (isApiError(query.error, 404)) return <LinkNotValid />;
  if (query.data) {
    const { journey, share } = query.data;
    return (
      <Stack h="100dvh" gap={0}>
        <SharedBar>
          <Text fw={650} size="md" truncate="end" maw={480} component="h1" m={0} title={journey.name} style={{ minWidth: 0 }}>
            {journey.name}
          </Text>
          <Badge
            variant="light"
            color="indigo"
            size="lg"
            radius="sm"
            tt="none"
            visibleFrom="sm"
            style={{ flex: 'none' }}
            leftSection={<IconEye size={14} aria-hidden />}
          >
            Read-only shared view
          </Badge>
          <Box style={{ flex: 1 }} />
          {share.expiresAt && (
            <Text size="sm" c="dimmed" visibleFrom="md" style={{ whiteSpace: 'nowrap' }}>
              Link valid until {formatDate(share.expiresAt)}
            </Text>
          )}
          {share.allowExport && <ExportButton target={{ kind: 'share', token }} journeyName={journey.name} graph={query.data} />}
        </SharedBar>
        <Box style={{ flex: 1, minHeight: 0 }}>
          <CanvasFrame journey={query.data} queryKey={options.queryKey} readOnly toolbar={null} eventsUrl={shareEventsUrl(token)} />
        </Box>
      </Stack>
    );
  }
  if (query.isPending) {
    return (
      <Stack h="100dvh" gap={0}>
        <SharedBar />
        <Box style={{ flex: 1, minHeight: 0 }}>
          <CanvasLoading />
        </Box>
      </Stack>
    );
  }
  return (
    <FullPage title="The journey could not be loaded" message={describeError(query.error)}>
      <Button onClick={() => void query.refetch()} loading={query.isFetching}>
        Try again
      </Button>
    </FullPage>
  );
}

/** The slim bar above the shared map: the product's wordmark, then the page's own content. */
function SharedBar({ children }: { children?: ReactNode }) {
  return (
    <Group
      component="header"
      h={BAR_HEIGHT}
      px="md"
      gap="sm"
      wrap="nowrap"
      bg="white"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-3)', flex: 'none' }}
    >
      <Box style={{ flex: 'none' }}>
        <Wordmark />
      </Box>
      {children && <Divider orientation="vertical" my={10} />}
      {children}
    </Group>
  );
}

function LinkNotValid() {
  return (
    <FullPage
      icon={<IconLinkOff size={40} color="var(--mantine-color-indigo-3)" aria-hidden />}
      title="This link is no longer valid"
      message="It may have expired or been revoked. Ask the person who shared it with you for a new link."
    />
  );
}

function FullPage({ icon, title, message, children }: { icon?: ReactNode; title: string; message: string; children?: ReactNode }) {
  return (
    <Stack h="100dvh" gap={0}>
      <SharedBar />
      <Center style={{ flex: 1 }} p="md" bg="gray.0">
        <Stack align="center" gap="sm" maw={440} ta="center">
          {icon}
          <Title order={2}>{title}</Title>
          <Text c="dimmed">{message}</Text>
          {children}
        </Stack>
      </Center>
    </Stack>
  );
}
