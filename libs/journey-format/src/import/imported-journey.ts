import type { Channel, Interaction, JourneyImportFormat, Layer, LinkType, Phase } from '@cxmap/domain';

/** A problem found in an imported file, with the 1-based line it is on (null when it has none). */
export interface ImportIssue {
  line: number | null;
  message: string;
}

export interface ImportedTouchpoint {
  title: string;
  /** The file's own description text, if it has one. */
  description: string;
  /**
   * Facts the file holds that CXMap has no field for (a raw score, sentiment, tags…), one per line.
   * They are written into the touchpoint's description so nothing is lost.
   */
  notes: string[];
  /** Who performs the step. Touchpoints have no actor field: kept as an `Actors: a, b` description line. */
  actors: string[];
  /** −2 … +2, or null when the file gives no usable judgement. */
  emotion: number | null;
  channel: Channel;
  /** Left out: the channel's default interaction. */
  interaction?: Interaction;
  /** Left out: no owner team. */
  ownerTeam?: string | null;
  layer: Layer;
  line: number | null;
}

export interface ImportedStage {
  name: string;
  phase: Phase;
  description: string;
  touchpoints: ImportedTouchpoint[];
  line: number | null;
}

/** A touchpoint by its place: stage index, then index inside that stage's `touchpoints`. */
export interface TouchpointRef {
  stage: number;
  touchpoint: number;
}

export interface ImportedLink {
  source: TouchpointRef;
  target: TouchpointRef;
  type: LinkType;
  label: string | null;
}

export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * A pain point the file marks on a touchpoint. Annotations are not stored yet: drafts stay in the
 * model (and are announced in the warnings); the touchpoint's description carries a `Pain point` line.
 */
export interface PainPointDraft {
  at: TouchpointRef;
  severity: Severity;
  title: string;
  description: string;
}

/** What an importer understood of a file, before it becomes `/changes` operations. */
export interface ImportedJourney {
  name: string;
  description: string;
  stages: ImportedStage[];
  links: ImportedLink[];
  painPoints: PainPointDraft[];
}

export type ImportFormat = JourneyImportFormat;

export type ImportResult =
  | { ok: true; journey: ImportedJourney; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[] };
