import { applyOps, emptyGraph } from '@cxmap/journey-format';
import { parseChangeBatch } from '../../modules/canvas/parse-change-batch';
import { demoOps } from './demo-ops';
import { DEMO_JOURNEY, type DemoJourneySeed } from './demo-journey';

describe('demoOps', () => {
  it('turns the demo journey into a batch that validates and applies cleanly', () => {
    const ops = demoOps(DEMO_JOURNEY);
    expect(ops).toHaveLength(DEMO_JOURNEY.stages.length + DEMO_JOURNEY.touchpoints.length + DEMO_JOURNEY.links.length);
    expect(parseChangeBatch({ ops })).toHaveLength(ops.length);
    expect(applyOps(emptyGraph(), ops).errors).toEqual([]);
  });

  it('maps keys to ids', () => {
    const seed: DemoJourneySeed = {
      name: 'n',
      description: '',
      persona: { name: 'p', description: '', goals: '', frustrations: '' },
      stages: [{ key: 's', name: 'S', phase: 'use', order: 0, customerGoal: '', description: '' }],
      touchpoints: [
        { key: 'a', stageKey: 's', title: 'A', description: '', channel: 'web', interaction: 'digital', ownerTeam: null, layer: 'customer', emotion: 0, position: { x: 0, y: 0 } },
        { key: 'b', stageKey: 's', title: 'B', description: '', channel: 'phone', interaction: 'personnel', ownerTeam: 'Support', layer: 'frontstage', emotion: -1, position: { x: 0, y: 0 } },
      ],
      links: [{ sourceKey: 'a', targetKey: 'b', type: 'hand_off', label: null }],
    };
    let n = 0;
    const ops = demoOps(seed, () => `id${n++}`);
    expect(ops[1]).toMatchObject({ id: 'id1', data: { stageId: 'id0' } });
    expect(ops[3]).toMatchObject({ id: 'id3', data: { sourceId: 'id1', targetId: 'id2' } });
  });

  it('refuses an unknown key', () => {
    const seed: DemoJourneySeed = { ...DEMO_JOURNEY, stages: [], touchpoints: [], links: [{ sourceKey: 'x', targetKey: 'y', type: 'leads_to', label: null }] };
    expect(() => demoOps(seed)).toThrow(/unknown key/);
  });
});
