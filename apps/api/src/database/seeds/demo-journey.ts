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

type SeedTouchpoint = DemoJourneySeed['touchpoints'][number];
type TouchpointDraft = Omit<SeedTouchpoint, 'position' | 'description'> & { description?: string };

/** Stacks the touchpoints of each stage × layer cell top to bottom, in the order they are listed. */
function placeInCells(drafts: TouchpointDraft[]): SeedTouchpoint[] {
  const filled = new Map<string, number>();
  return drafts.map((draft) => {
    const cell = `${draft.stageKey}/${draft.layer}`;
    const index = filled.get(cell) ?? 0;
    filled.set(cell, index + 1);
    return { description: '', ...draft, position: { x: 24, y: 24 + index * 120 } };
  });
}

const STAGES: DemoJourneySeed['stages'] = [
  { key: 'awareness', name: 'Awareness', phase: 'awareness', order: 0, customerGoal: 'Notice a product that solves a need', description: 'Ads and word of mouth bring the shopper to us.' },
  { key: 'discovery', name: 'Discovery', phase: 'discovery', order: 1, customerGoal: 'Find the right product and trust it', description: '' },
  { key: 'attraction', name: 'Attraction', phase: 'attraction', order: 2, customerGoal: 'Get a reason to buy here rather than elsewhere', description: '' },
  { key: 'interaction', name: 'Interaction', phase: 'interaction', order: 3, customerGoal: 'Get questions answered before buying', description: '' },
  { key: 'purchase', name: 'Purchase', phase: 'purchase', order: 4, customerGoal: 'Pay quickly and safely', description: '' },
  { key: 'use', name: 'Use', phase: 'use', order: 5, customerGoal: 'Receive the order on time and in one piece', description: 'Delivery, and help when it goes wrong.' },
  { key: 'cultivation', name: 'Cultivation', phase: 'cultivation', order: 6, customerGoal: 'Feel looked after after the sale', description: '' },
  { key: 'advocacy', name: 'Advocacy', phase: 'advocacy', order: 7, customerGoal: 'Share a good experience', description: '' },
];

const TOUCHPOINTS: TouchpointDraft[] = [
  { key: 'social-post', stageKey: 'awareness', title: 'Sees a sponsored post', channel: 'social', interaction: 'marketing', ownerTeam: 'Marketing', layer: 'customer', emotion: 0 },
  { key: 'search-ad', stageKey: 'awareness', title: 'Search ad for kitchen scales', channel: 'advertising', interaction: 'marketing', ownerTeam: 'Marketing', layer: 'frontstage', emotion: 0 },
  { key: 'browse', stageKey: 'discovery', title: 'Browses category pages', channel: 'web', interaction: 'digital', ownerTeam: 'E-commerce', layer: 'customer', emotion: 1 },
  { key: 'product-page', stageKey: 'discovery', title: 'Product page with reviews', channel: 'web', interaction: 'digital', ownerTeam: 'E-commerce', layer: 'frontstage', emotion: 1, description: 'Photos, specs, delivery estimate and customer reviews.' },
  { key: 'review-site', stageKey: 'discovery', title: 'Reads reviews on a review site', channel: 'review_site', interaction: 'marketing', ownerTeam: 'Marketing', layer: 'frontstage', emotion: 0 },
  { key: 'signup-offer', stageKey: 'attraction', title: 'Signs up for a 10 % welcome code', channel: 'web', interaction: 'marketing', ownerTeam: 'CRM', layer: 'customer', emotion: 1 },
  { key: 'welcome-email', stageKey: 'attraction', title: 'Welcome email with discount', channel: 'email', interaction: 'marketing', ownerTeam: 'CRM', layer: 'frontstage', emotion: 1 },
  { key: 'basket-reminder', stageKey: 'attraction', title: 'Abandoned-basket reminder', channel: 'email', interaction: 'marketing', ownerTeam: 'CRM', layer: 'frontstage', emotion: 0 },
  { key: 'chatbot', stageKey: 'interaction', title: 'Chatbot answers a delivery question', channel: 'live_chat', interaction: 'digital', ownerTeam: 'Customer service', layer: 'frontstage', emotion: -1, description: 'The bot cannot say whether the item ships before the weekend.' },
  { key: 'chat-agent', stageKey: 'interaction', title: 'Live-chat agent takes over', channel: 'live_chat', interaction: 'personnel', ownerTeam: 'Customer service', layer: 'frontstage', emotion: 1, description: 'Live chat: 92 % of chat users report a satisfying experience (seed 000).' },
  { key: 'stock-check', stageKey: 'interaction', title: 'Agent checks stock in the warehouse system', channel: 'other', interaction: 'personnel', ownerTeam: 'Customer service', layer: 'backstage', emotion: null },
  { key: 'checkout', stageKey: 'purchase', title: 'Checkout', channel: 'web', interaction: 'digital', ownerTeam: 'E-commerce', layer: 'customer', emotion: 0 },
  { key: 'payment-declined', stageKey: 'purchase', title: 'Card declined, pays again', channel: 'web', interaction: 'digital', ownerTeam: 'Payments', layer: 'frontstage', emotion: -2 },
  { key: 'order-confirmation', stageKey: 'purchase', title: 'Order confirmation email', channel: 'email', interaction: 'digital', ownerTeam: 'E-commerce', layer: 'frontstage', emotion: 1 },
  { key: 'fraud-check', stageKey: 'purchase', title: 'Fraud and payment check', channel: 'other', interaction: 'digital', ownerTeam: 'Payments', layer: 'support', emotion: null },
  { key: 'warehouse', stageKey: 'use', title: 'Warehouse picks and packs the order', channel: 'other', interaction: 'product', ownerTeam: 'Fulfilment', layer: 'backstage', emotion: null },
  { key: 'shipping-sms', stageKey: 'use', title: 'Shipping text with tracking link', channel: 'sms', interaction: 'digital', ownerTeam: 'Logistics', layer: 'frontstage', emotion: 1 },
  { key: 'carrier', stageKey: 'use', title: 'Carrier delivers the parcel', channel: 'mail', interaction: 'product', ownerTeam: 'Logistics', layer: 'support', emotion: null },
  { key: 'damaged-parcel', stageKey: 'use', title: 'Parcel arrives late, box damaged', channel: 'mail', interaction: 'product', ownerTeam: 'Logistics', layer: 'frontstage', emotion: -2 },
  { key: 'calls-support', stageKey: 'use', title: 'Calls support about the damage', channel: 'phone', interaction: 'personnel', ownerTeam: 'Customer service', layer: 'customer', emotion: -2 },
  { key: 'phone-agent', stageKey: 'use', title: 'Phone agent: 14 min wait, transferred twice', channel: 'phone', interaction: 'personnel', ownerTeam: 'Customer service', layer: 'frontstage', emotion: -2, description: 'Shuffled between extensions before anyone could log a claim.' },
  { key: 'unboxing', stageKey: 'use', title: 'Unboxes and uses the product', channel: 'product', interaction: 'product', ownerTeam: 'Product', layer: 'customer', emotion: 2 },
  { key: 'claims', stageKey: 'cultivation', title: 'Claims team approves a replacement', channel: 'phone', interaction: 'personnel', ownerTeam: 'Claims', layer: 'backstage', emotion: null },
  { key: 'replacement', stageKey: 'cultivation', title: 'Replacement sent, shipping refunded', channel: 'email', interaction: 'personnel', ownerTeam: 'Customer service', layer: 'frontstage', emotion: 1 },
  { key: 'csat-survey', stageKey: 'cultivation', title: 'Post-service satisfaction survey', channel: 'email', interaction: 'digital', ownerTeam: 'CX', layer: 'frontstage', emotion: 0 },
  { key: 'newsletter', stageKey: 'cultivation', title: 'Monthly newsletter with how-to tips', channel: 'email', interaction: 'marketing', ownerTeam: 'CRM', layer: 'frontstage', emotion: 1 },
  { key: 'writes-review', stageKey: 'advocacy', title: 'Writes a five-star review', channel: 'review_site', interaction: 'marketing', ownerTeam: 'Marketing', layer: 'customer', emotion: 2 },
  { key: 'refer-friend', stageKey: 'advocacy', title: 'Refer-a-friend code', channel: 'web', interaction: 'marketing', ownerTeam: 'Marketing', layer: 'frontstage', emotion: 1 },
  { key: 'review-reply', stageKey: 'advocacy', title: 'Community team replies to the review', channel: 'review_site', interaction: 'personnel', ownerTeam: 'Community', layer: 'frontstage', emotion: 1 },
];

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
  stages: STAGES,
  touchpoints: placeInCells(TOUCHPOINTS),
  links: [
    { sourceKey: 'social-post', targetKey: 'browse', type: 'leads_to', label: null },
    { sourceKey: 'search-ad', targetKey: 'product-page', type: 'leads_to', label: null },
    { sourceKey: 'browse', targetKey: 'product-page', type: 'leads_to', label: null },
    { sourceKey: 'review-site', targetKey: 'product-page', type: 'leads_to', label: 'trust' },
    { sourceKey: 'product-page', targetKey: 'signup-offer', type: 'leads_to', label: null },
    { sourceKey: 'signup-offer', targetKey: 'welcome-email', type: 'leads_to', label: null },
    { sourceKey: 'welcome-email', targetKey: 'checkout', type: 'leads_to', label: 'code used' },
    { sourceKey: 'basket-reminder', targetKey: 'checkout', type: 'leads_to', label: 'comes back' },
    { sourceKey: 'product-page', targetKey: 'chatbot', type: 'leads_to', label: 'question' },
    { sourceKey: 'chatbot', targetKey: 'chat-agent', type: 'hand_off', label: 'bot → agent' },
    { sourceKey: 'chat-agent', targetKey: 'stock-check', type: 'depends_on', label: null },
    { sourceKey: 'chat-agent', targetKey: 'checkout', type: 'leads_to', label: null },
    { sourceKey: 'checkout', targetKey: 'payment-declined', type: 'leads_to', label: 'card declined' },
    { sourceKey: 'checkout', targetKey: 'fraud-check', type: 'depends_on', label: null },
    { sourceKey: 'payment-declined', targetKey: 'order-confirmation', type: 'leads_to', label: null },
    { sourceKey: 'order-confirmation', targetKey: 'warehouse', type: 'hand_off', label: 'order to warehouse' },
    { sourceKey: 'warehouse', targetKey: 'shipping-sms', type: 'leads_to', label: null },
    { sourceKey: 'warehouse', targetKey: 'carrier', type: 'hand_off', label: 'parcel to carrier' },
    { sourceKey: 'carrier', targetKey: 'damaged-parcel', type: 'leads_to', label: null },
    { sourceKey: 'damaged-parcel', targetKey: 'calls-support', type: 'leads_to', label: null },
    { sourceKey: 'calls-support', targetKey: 'phone-agent', type: 'leads_to', label: null },
    { sourceKey: 'phone-agent', targetKey: 'claims', type: 'escalation', label: 'damage claim' },
    { sourceKey: 'claims', targetKey: 'replacement', type: 'hand_off', label: 'claim approved' },
    { sourceKey: 'replacement', targetKey: 'unboxing', type: 'leads_to', label: 'replacement arrives' },
    { sourceKey: 'replacement', targetKey: 'csat-survey', type: 'leads_to', label: null },
    { sourceKey: 'csat-survey', targetKey: 'phone-agent', type: 'feedback_loop', label: 'coaching' },
    { sourceKey: 'unboxing', targetKey: 'writes-review', type: 'leads_to', label: null },
    { sourceKey: 'newsletter', targetKey: 'refer-friend', type: 'leads_to', label: null },
    { sourceKey: 'writes-review', targetKey: 'review-reply', type: 'feedback_loop', label: null },
  ],
};
