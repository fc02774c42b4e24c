import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export interface NotFoundProps {
  title?: string;
  message?: string;
  backHref?: string;
  backLabel?: string;
}

export function NotFound({
  title = 'Page not found',
  message = 'The address may be mistyped, or the page was moved or deleted.',
  backHref = '/',
  backLabel = 'Back to your journeys',
}: NotFoundProps) {
  return (
    <Center mih="calc(100dvh - var(--app-shell-header-offset, 0rem))" p="md">
      <Stack align="center" gap="xs" maw={440} ta="center">
        <Text fw={700} fz={56} c="indigo.2" lh={1}>
          404
        </Text>
        <Title order={2}>{title}</Title>
        <Text c="dimmed">{message}</Text>
        <Button component={Link} to={backHref} mt="md" variant="light">
          {backLabel}
        </Button>
      </Stack>
    </Center>
  );
}
