import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SettingsSectionProps {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** A red border, for the section of irreversible actions. */
  danger?: boolean;
}

/** One titled card of the settings page. */
export function SettingsSection({ title, description, children, danger }: SettingsSectionProps) {
  return (
    <Paper
      component="section"
      withBorder
      radius="lg"
      p={{ base: 'md', sm: 'xl' }}
      aria-label={title}
      style={danger ? { borderColor: 'var(--mantine-color-red-3)' } : undefined}
    >
      <Stack gap="md">
        <div>
          <Title order={2} fz="lg" c={danger ? 'red.8' : undefined}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed" mt={4}>
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
