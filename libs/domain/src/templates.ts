import type { Phase, TemplateKey } from './enums';

export interface StageTemplate {
  name: string;
  phase: Phase;
  customerGoal: string;
}

export interface JourneyTemplate {
  key: TemplateKey;
  name: string;
  description: string;
  stages: readonly StageTemplate[];
}

/** Lifecycle templates: seed 003 (awareness to advocacy) and seed 002 (service lifecycle). */
export const JOURNEY_TEMPLATES: Record<TemplateKey, JourneyTemplate> = {
  'awareness-to-advocacy': {
    key: 'awareness-to-advocacy',
    name: 'Awareness to advocacy',
    description: 'The full customer lifecycle in eight stages, from first hearing of the brand to recommending it.',
    stages: [
      { name: 'Awareness', phase: 'awareness', customerGoal: 'Learn that the brand exists' },
      { name: 'Discovery', phase: 'discovery', customerGoal: 'Find out what is on offer' },
      { name: 'Attraction', phase: 'attraction', customerGoal: 'Decide it is worth a closer look' },
      { name: 'Interaction', phase: 'interaction', customerGoal: 'Compare, ask and try' },
      { name: 'Purchase', phase: 'purchase', customerGoal: 'Buy with confidence' },
      { name: 'Use', phase: 'use', customerGoal: 'Get the value that was promised' },
      { name: 'Cultivation', phase: 'cultivation', customerGoal: 'Get help and keep getting value' },
      { name: 'Advocacy', phase: 'advocacy', customerGoal: 'Recommend it to others' },
    ],
  },
  'service-lifecycle': {
    key: 'service-lifecycle',
    name: 'Service lifecycle',
    description: 'A service-centred journey: purchase, onboarding, use, renewal or repurchase.',
    stages: [
      { name: 'Purchase', phase: 'purchase', customerGoal: 'Sign up or buy' },
      { name: 'Onboarding', phase: 'custom', customerGoal: 'Get set up and see first value' },
      { name: 'Use', phase: 'use', customerGoal: 'Use the service day to day, get help when stuck' },
      { name: 'Renewal / repurchase', phase: 'cultivation', customerGoal: 'Decide to stay or buy again' },
    ],
  },
  blank: {
    key: 'blank',
    name: 'Blank',
    description: 'One empty stage to start from.',
    stages: [{ name: 'Stage 1', phase: 'custom', customerGoal: '' }],
  },
};
