import { severityErrors } from '../../modules/annotations/annotation-rules';
import { DEMO_ANNOTATIONS, DEMO_REVIEW_DATES, demoAnnotationKey } from './demo-annotations';
import { DEMO_JOURNEY } from './demo-journey';
import { demoOps } from './demo-ops';

describe('demo annotations', () => {
  it('refer to content of the demo journey and keep the severity rule', () => {
    const ids = new Map<string, string>();
    demoOps(DEMO_JOURNEY, () => 'id', ids);
    expect(DEMO_ANNOTATIONS.filter((a) => !ids.has(demoAnnotationKey(a))).map((a) => a.title)).toEqual([]);
    expect(DEMO_REVIEW_DATES.filter((r) => !DEMO_JOURNEY.touchpoints.some((t) => t.key === r.touchpoint))).toEqual([]);
    expect(DEMO_ANNOTATIONS.flatMap((a) => severityErrors(a.kind, a.severity ?? null))).toEqual([]);
    expect(DEMO_ANNOTATIONS.length).toBeGreaterThanOrEqual(8);
    expect(DEMO_ANNOTATIONS.length).toBeLessThanOrEqual(12);
  });
});
