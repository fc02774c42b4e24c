import { templateOps } from './template-ops';

describe('templateOps', () => {
  it('creates one stage per template stage, in order', () => {
    let n = 0;
    const ops = templateOps('service-lifecycle', () => `id-${n++}`);
    expect(ops.map((op) => op.op === 'create' && op.entity === 'stage' && op.data)).toEqual([
      { name: 'Purchase', phase: 'purchase', order: 0, customerGoal: 'Sign up or buy', description: '' },
      expect.objectContaining({ name: 'Onboarding', order: 1 }),
      expect.objectContaining({ name: 'Use', order: 2 }),
      expect.objectContaining({ name: 'Renewal / repurchase', order: 3 }),
    ]);
    expect(ops.map((op) => op.id)).toEqual(['id-0', 'id-1', 'id-2', 'id-3']);
  });

  it('has 8 stages for awareness-to-advocacy and 1 for blank', () => {
    expect(templateOps('awareness-to-advocacy')).toHaveLength(8);
    expect(templateOps('blank')).toHaveLength(1);
  });
});
