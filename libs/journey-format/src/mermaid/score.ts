import { EMOTION_MAX, EMOTION_MIN } from '@cxmap/domain';

/**
 * Mermaid's journey score and CXMap's emotion.
 *
 * Mermaid documents a score of 1 … 5 (1 very unhappy, 3 neutral, 5 very happy); CXMap's emotion
 * is −2 … +2. The mapping is linear and exact both ways: emotion = score − 3.
 *
 * Mermaid's own parser takes anything after the first colon and calls `Number()` on it, so it
 * accepts `0`, `-10`, `23`, `Hello` (NaN) or nothing at all. Those cannot be mapped without
 * guessing, so such a task is imported with no emotion (as "not judged yet"), the raw score is kept
 * in the touchpoint's description and a warning names the line.
 */
export const MERMAID_SCORE_MIN = 1;
export const MERMAID_SCORE_MAX = 5;
const OFFSET = 3;

/** The emotion for a raw score text, or null when it is not a whole number from 1 to 5. */
export function scoreToEmotion(raw: string): number | null {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  const score = Number(trimmed);
  if (!Number.isInteger(score) || score < MERMAID_SCORE_MIN || score > MERMAID_SCORE_MAX) return null;
  return score - OFFSET;
}

/**
 * The score for an emotion. Mermaid needs a score on every task: a touchpoint nobody judged yet is
 * exported as 3, the neutral middle of the scale.
 */
export function emotionToScore(emotion: number | null): number {
  if (emotion === null) return OFFSET;
  return Math.min(EMOTION_MAX, Math.max(EMOTION_MIN, Math.round(emotion))) + OFFSET;
}
