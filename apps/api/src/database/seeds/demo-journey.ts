import type { LinkData, StageData, TouchpointData } from '@cxmap/domain';

/** Seed content with readable keys in place of ids; the seeder maps keys to UUIDs. */
export interface DemoJourneySeed {
  name: string;
  description: string;
  persona: { name: string; description: string; goals: string; frustrations: string };
  stages: Array<{ key: string } & StageData>;
  touchpoints: Array<{ key: string; stageKey: string } & Omit<TouchpointData, 'stageId'>>;
  links: Array<{ sourceKey: string; targetKey: string } & Omit<LinkData, 'sourceId' | 'targetId'>>;
}

export const DEMO_WORKSPACE_NAME = 'Demo';
export const DEMO_EMAIL = 'demo@cxmap.local';
export const DEMO_USER_NAME = 'Dana Demo';

/** An online retailer's order journey (seed 000's example), across all eight lifecycle stages. */
export const DEMO_JOURNEY: DemoJourneySeed = {
  name: 'Online order — from ad to advocate',
  description: 'How a shopper finds us, orders online, receives the package and gets help when it goes wrong.',
  persona: {
    name: 'Sam, busy online shopper',
    description: 'Orders household goods online two or three times a month, mostly on a phone.',
    goals: 'Find the right product quickly, pay safely, get it on time.',
    frustrations: 'Long waits on the phone, being passed from department to department, late parcels.',
  },
  stages: [
    { key: 'awareness', name: 'Awareness', phase: 'awareness', order: 0, customerGoal: 'Learn that the brand exists', description: '' },
  ],
  touchpoints: [],
  links: [],
};
