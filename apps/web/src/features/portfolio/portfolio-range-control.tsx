import type { DateRange } from '@cxmap/domain';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { presetOf, presetRange, RANGE_PRESET_LABELS, RANGE_PRESETS, type RangePreset } from './portfolio-range';

export interface PortfolioRangeControlProps {
  /** null: the default (last twelve months). */
  value: DateRange | null;
  today: Date;
  onChange: (range: DateRange | null) => void;
}

/** Metrics range of the portfolio: calendar presets, or two dates of one's own. */
export function PortfolioRangeControl({ value, today, onChange }: PortfolioRangeControlProps) {
  const [customOpen, setCustomOpen] = useState(false);
  const preset: RangePreset = customOpen ? 'custom' : presetOf(value, today);
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <Select
        label="Metrics range"
        w={180}
        allowDeselect={false}
        data={RANGE_PRESETS.map((key) => ({ value: key, label: RANGE_PRESET_LABELS[key] }))}
        value={preset}
        onChange={(next) => {
          if (!next) return;
          if (next === 'custom') {
            setCustomOpen(true);
            return;
          }
          setCustomOpen(false);
          onChange(presetRange(next as Exclude<RangePreset, 'custom'>, today));
        }}
      />
      {preset === 'custom' && (
        <CustomRange
          initial={value ?? presetRange('last3', today) ?? { from: '', to: '' }}
          onApply={(range) => {
            setCustomOpen(false);
            onChange(range);
          }}
        />
      )}
    </Group>
  );
}

function CustomRange({ initial, onApply }: { initial: DateRange; onApply: (range: DateRange) => void }) {
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to) return setError('Pick both dates');
    if (from > to) return setError('The end comes before the start');
    setError(null);
    onApply({ from, to });
  };
  return (
    <form onSubmit={submit} aria-label="Custom range">
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <TextInput type="date" label="From" value={from} onChange={(e) => setFrom(e.currentTarget.value)} error={error} w={150} />
        <TextInput type="date" label="To" value={to} onChange={(e) => setTo(e.currentTarget.value)} w={150} />
        <Button type="submit" variant="light" mt={25}>
          Apply
        </Button>
      </Group>
    </form>
  );
}
