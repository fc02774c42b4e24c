import { LAYER_LABELS, type Layer } from '@cxmap/domain';
import type { Severity } from '../import/imported-journey';

/**
 * OpenJourney (.ojf) → CXMap mappings.
 *
 * Score (−5 … +5) → emotion (−2 … +2): emotion = score × 2/5, rounded half away from zero, so the
 * scale folds symmetrically: −5, −4 → −2; −3, −2 → −1; −1, 0, +1 → 0; +2, +3 → +1; +4, +5 → +2.
 * A node without `score` is 0, as the spec says.
 */
export const OJF_SCORE_MIN = -5;
export const OJF_SCORE_MAX = 5;

export function ojfScoreToEmotion(score: number): number {
  const emotion = Math.sign(score) * Math.round((Math.abs(score) * 2) / 5);
  return emotion === 0 ? 0 : emotion;
}

/**
 * Swimlane → blueprint layer, by its name (first rule that matches). Ptolemy's swimlanes are free
 * rows; only those naming a blueprint row or a kind of touchpoint correspond to a layer:
 * - support: "support process", "system(s)", "infrastructure"
 * - backstage: "backstage", "back office", "behind the scenes"
 * - frontstage: "frontstage", "onstage", "touchpoint(s)", "channel", "tool(s)", "staff", "employee"
 * - customer: "customer", "user", "patient", "guest", "action(s)", "activity", "interaction", "journey"
 * Other lanes (emotions, thoughts, pain points, blockers…) are not layers: their nodes go to the
 * customer lane with a warning. Every touchpoint keeps its swimlane's name in its description.
 */
const LANE_RULES: ReadonlyArray<readonly [RegExp, Layer]> = [
  [/\bsupport(ing)? process|\bsystems?\b|\binfrastructure\b/i, 'support'],
  [/\bback ?stage\b|\bback[- ]office\b|behind the scenes/i, 'backstage'],
  [/\bfront ?stage\b|\bon ?stage\b|\btouch ?points?\b|\bchannels?\b|\btools?\b|\bstaff\b|\bemployees?\b/i, 'frontstage'],
  [/\bcustomers?\b|\busers?\b|\bpatients?\b|\bguests?\b|\bactions?\b|\bactivit(y|ies)\b|\binteractions?\b|\bjourney\b/i, 'customer'],
];

export function laneLayer(name: string): Layer | null {
  return LANE_RULES.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

export const FALLBACK_LAYER: Layer = 'customer';
export const FALLBACK_LAYER_LABEL = LAYER_LABELS[FALLBACK_LAYER];

/**
 * `purpose` values that mark a pain point. Real files use `pain-point` (the spec), `pain` and
 * `bottleneck`; `gain`, `opportunity`, `observation`, `note`, `milestone`, `touchpoint`… are not.
 */
const PAIN_PURPOSES = new Set(['pain-point', 'pain_point', 'painpoint', 'pain point', 'pain', 'bottleneck']);

export function isPainPurpose(purpose: string): boolean {
  return PAIN_PURPOSES.has(purpose.trim().toLowerCase());
}

/** A pain point without a `severity` is drafted as medium. */
export const DEFAULT_SEVERITY: Severity = 'medium';
