import { LIMITS } from '@cxmap/domain';
import type { GraphContent } from '@cxmap/journey-format';
import { journeySizeError } from './journey-limits';

function sized(stages: number, touchpoints: number, links: number): GraphContent {
  const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
  return {
    stages: many(stages, (i) => ({ id: `s${i}`, version: 1, name: 's', phase: 'use', order: i, customerGoal: '', description: '' })),
    touchpoints: many(touchpoints, (i) => ({
      id: `t${i}`,
      version: 1,
      stageId: 's0',
      title: 't',
      description: '',
      channel: 'web',
      interaction: 'digital',
      ownerTeam: null,
      layer: 'customer',
      emotion: null,
      position: { x: 0, y: 0 },
    })),
    links: many(links, (i) => ({ id: `l${i}`, version: 1, sourceId: 't0', targetId: 't1', type: 'leads_to', label: null })),
  };
}

describe('journeySizeError', () => {
  const atLimit = sized(LIMITS.stagesPerJourneyMax, LIMITS.touchpointsPerJourneyMax, LIMITS.linksPerJourneyMax);

  it('lets a journey reach each limit', () => {
    expect(journeySizeError(sized(0, 0, 0), atLimit)).toBeNull();
  });

  it.each([
    ['stages', sized(LIMITS.stagesPerJourneyMax + 1, 0, 0), 'TOO_MANY_STAGES'],
    ['touchpoints', sized(1, LIMITS.touchpointsPerJourneyMax + 1, 0), 'TOO_MANY_TOUCHPOINTS'],
    ['links', sized(1, 2, LIMITS.linksPerJourneyMax + 1), 'TOO_MANY_LINKS'],
  ] as const)('refuses growing past the limit of %s', (kind, after, code) => {
    const error = journeySizeError(sized(1, 2, 0), after);
    expect(error?.code).toBe(code);
    expect(error?.details.detail).toMatch(new RegExp(`at most \\d+ ${kind}`));
  });

  it('lets a journey already over a limit shrink or stay', () => {
    const over = sized(1, LIMITS.touchpointsPerJourneyMax + 5, 0);
    expect(journeySizeError(over, over)).toBeNull();
    expect(journeySizeError(over, sized(1, LIMITS.touchpointsPerJourneyMax + 4, 0))).toBeNull();
  });
});
