/** Lifecycle phases (seed 003) plus `custom` for stages outside the standard lifecycle. */
export const PHASES = [
  'awareness',
  'discovery',
  'attraction',
  'interaction',
  'purchase',
  'use',
  'cultivation',
  'advocacy',
  'custom',
] as const;
export type Phase = (typeof PHASES)[number];

export const CHANNELS = [
  'web',
  'mobile_app',
  'email',
  'phone',
  'live_chat',
  'social',
  'in_person',
  'advertising',
  'mail',
  'product',
  'self_service',
  'review_site',
  'sms',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** `personnel` is customer service: the customer deals with the company's people. */
export const INTERACTIONS = ['personnel', 'digital', 'marketing', 'product'] as const;
export type Interaction = (typeof INTERACTIONS)[number];

/** Service-blueprint rows, top to bottom. */
export const LAYERS = ['customer', 'frontstage', 'backstage', 'support'] as const;
export type Layer = (typeof LAYERS)[number];

export const LINK_TYPES = ['leads_to', 'hand_off', 'escalation', 'depends_on', 'feedback_loop'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const ROLES = ['owner', 'editor', 'commenter', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const JOURNEY_STATES = ['current', 'future'] as const;
export type JourneyState = (typeof JOURNEY_STATES)[number];

export const JOURNEY_STATUSES = ['draft', 'published', 'archived'] as const;
export type JourneyStatus = (typeof JOURNEY_STATUSES)[number];

export const TEMPLATE_KEYS = ['awareness-to-advocacy', 'service-lifecycle', 'blank'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export const EMOTION_MIN = -2;
export const EMOTION_MAX = 2;

export const ENTITY_KINDS = ['stage', 'touchpoint', 'link'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const OP_KINDS = ['create', 'update', 'delete'] as const;
export type OpKind = (typeof OP_KINDS)[number];

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
