import type { TouchpointDto } from '@cxmap/domain';
import { Badge, Button, Chip, CloseButton, Group, Popover, Stack, Text } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { memo, useMemo } from 'react';
import { HIGHLIGHT_DIMENSIONS, isFilterActive, NO_FILTER, type HighlightFilter } from './highlight-filter';
import classes from './metrics.module.css';

export interface HighlightButtonProps {
  touchpoints: readonly TouchpointDto[];
  filter: HighlightFilter;
  onChange: (filter: HighlightFilter) => void;
}

/** The toolbar's "Highlight" popover: one chip group per filter dimension; the rest of the map dims. */
function HighlightButtonComponent({ touchpoints, filter, onChange }: HighlightButtonProps) {
  const options = useMemo(() => HIGHLIGHT_DIMENSIONS.map((d) => ({ dimension: d, data: d.options(touchpoints) })), [touchpoints]);
  const active = Object.values(filter).reduce((sum, values) => sum + (values.length > 0 ? 1 : 0), 0);
  return (
    <Popover position="bottom-start" width={340} shadow="md" withArrow trapFocus>
      <Popover.Target>
        <Button
          size="xs"
          px={10}
          variant={active > 0 ? 'light' : 'default'}
          leftSection={<IconFilter size={14} />}
          rightSection={active > 0 ? <Badge size="xs" circle>{active}</Badge> : undefined}
        >
          Highlight
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" role="group" aria-label="Highlight filters">
          <Text size="xs" c="dimmed">
            Touchpoints matching every filter stay; the rest of the map dims.
          </Text>
          {options.map(({ dimension, data }) => (
            <div key={dimension.key} role="group" aria-label={dimension.label}>
              <Text size="xs" fw={600} mb={4}>
                {dimension.label}
              </Text>
              <Chip.Group multiple value={[...(filter[dimension.key] ?? [])]} onChange={(values) => onChange({ ...filter, [dimension.key]: values })}>
                <Group gap={4}>
                  {data.map((option) => (
                    <Chip key={option.value} value={option.value} size="xs" variant="outline">
                      {option.label}
                    </Chip>
                  ))}
                </Group>
              </Chip.Group>
            </div>
          ))}
          <Button size="xs" variant="subtle" disabled={!isFilterActive(filter)} onClick={() => onChange(NO_FILTER)}>
            Clear all filters
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

export const HighlightButton = memo(HighlightButtonComponent);

export function HighlightCount({ matched, total, onClear }: { matched: number; total: number; onClear: () => void }) {
  return (
    <div className={classes.highlightCount} role="status">
      <span>
        <b>{matched}</b> of {total} touchpoints highlighted
      </span>
      <CloseButton size="sm" aria-label="Clear highlight" onClick={onClear} />
    </div>
  );
}
