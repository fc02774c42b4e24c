import { IconMoodCry, IconMoodEmpty, IconMoodHappy, IconMoodSad, IconMoodSmile, IconMoodNeutral } from '@tabler/icons-react';

export const EMOTION_LABELS: Record<string, string> = {
  '-2': 'Very negative',
  '-1': 'Negative',
  '0': 'Neutral',
  '1': 'Positive',
  '2': 'Very positive',
};

/** Red through grey to green, for −2 … +2; grey-blue when not judged. */
export function emotionColor(value: number | null): string {
  if (value === null) return 'var(--mantine-color-gray-5)';
  if (value <= -1.5) return 'var(--mantine-color-red-7)';
  if (value <= -0.5) return 'var(--mantine-color-orange-6)';
  if (value < 0.5) return 'var(--mantine-color-gray-6)';
  if (value < 1.5) return 'var(--mantine-color-teal-6)';
  return 'var(--mantine-color-green-7)';
}

export function emotionLabel(value: number | null): string {
  if (value === null) return 'Emotion not set';
  const sign = value > 0 ? '+' : '';
  return `Emotion ${sign}${value}: ${EMOTION_LABELS[String(Math.round(value))] ?? ''}`;
}

export function EmotionFace({ value, size = 18 }: { value: number | null; size?: number }) {
  const rounded = value === null ? null : Math.round(value);
  const Component =
    rounded === null
      ? IconMoodNeutral
      : rounded <= -2
        ? IconMoodCry
        : rounded === -1
          ? IconMoodSad
          : rounded === 0
            ? IconMoodEmpty
            : rounded === 1
              ? IconMoodSmile
              : IconMoodHappy;
  return (
    <Component
      size={size}
      stroke={1.8}
      color={emotionColor(value)}
      role="img"
      aria-label={emotionLabel(value)}
      style={{ opacity: value === null ? 0.55 : 1, flex: 'none' }}
    />
  );
}
