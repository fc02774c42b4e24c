import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconRoute } from '@tabler/icons-react';

export function Wordmark({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const large = size === 'lg';
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={large ? 36 : 30} radius="md" variant="gradient" gradient={{ from: 'indigo', to: 'cyan', deg: 135 }}>
        <IconRoute size={large ? 22 : 18} stroke={2} aria-hidden />
      </ThemeIcon>
      <Text component="span" fw={750} fz={large ? 24 : 19} lts={-0.3}>
        CX<Text component="span" inherit c="indigo.6">Map</Text>
      </Text>
    </Group>
  );
}
