import { builtInMetric, type MetricAttachmentDto, type MetricDefinition, type MetricHealth } from '@cxmap/domain';

/** Test data builders for the metrics specs (not used by the app). */
let counter = 0;

export function definitionOf(key: string): MetricDefinition {
  const definition = builtInMetric(key);
  if (!definition) throw new Error(`no built-in metric ${key}`);
  return definition;
}

export function catalogOf(...keys: string[]): Map<string, MetricDefinition> {
  return new Map(keys.map((key) => [key, definitionOf(key)]));
}

export interface AttachmentOptions extends Partial<Omit<MetricAttachmentDto, 'latest'>> {
  /** The latest period's score, or null for an attachment without measurements. */
  score?: number | null;
  previousScore?: number | null;
  sampleSize?: number;
  health?: MetricHealth;
}

export function attachment(options: AttachmentOptions = {}): MetricAttachmentDto {
  const { score = null, previousScore = null, sampleSize = 120, ...rest } = options;
  counter += 1;
  return {
    id: `att-${counter}`,
    journeyId: 'journey-1',
    metric: 'csat',
    touchpointId: 'tp-1',
    linkId: null,
    target: 85,
    warning: 75,
    isKey: false,
    version: 1,
    health: score === null ? 'no_data' : 'on_target',
    latest:
      score === null
        ? null
        : {
            period: 'month',
            periodStart: '2025-05-01',
            score,
            sampleSize,
            smallSample: sampleSize < 30,
            previousScore,
            trend: null,
          },
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...rest,
  };
}
