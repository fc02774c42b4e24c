import type { Channel, Interaction, Layer, LinkType, Phase } from './enums';

export interface ChannelInfo {
  label: string;
  /** The interaction type a new touchpoint on this channel starts with. */
  defaultInteraction: Interaction;
}

export const CHANNEL_INFO: Record<Channel, ChannelInfo> = {
  web: { label: 'Website', defaultInteraction: 'digital' },
  mobile_app: { label: 'Mobile app', defaultInteraction: 'digital' },
  email: { label: 'Email', defaultInteraction: 'marketing' },
  phone: { label: 'Phone', defaultInteraction: 'personnel' },
  live_chat: { label: 'Live chat', defaultInteraction: 'personnel' },
  social: { label: 'Social media', defaultInteraction: 'marketing' },
  in_person: { label: 'In person', defaultInteraction: 'personnel' },
  advertising: { label: 'Advertising', defaultInteraction: 'marketing' },
  mail: { label: 'Mail / package', defaultInteraction: 'product' },
  product: { label: 'Product', defaultInteraction: 'product' },
  self_service: { label: 'Self-service', defaultInteraction: 'digital' },
  review_site: { label: 'Review site', defaultInteraction: 'marketing' },
  sms: { label: 'SMS', defaultInteraction: 'marketing' },
  other: { label: 'Other', defaultInteraction: 'digital' },
};

export const INTERACTION_LABELS: Record<Interaction, string> = {
  personnel: 'Customer service (people)',
  digital: 'Digital',
  marketing: 'Marketing',
  product: 'Product',
};

export const LAYER_LABELS: Record<Layer, string> = {
  customer: 'Customer actions',
  frontstage: 'Frontstage',
  backstage: 'Backstage',
  support: 'Support processes',
};

export const LINK_TYPE_LABELS: Record<LinkType, string> = {
  leads_to: 'Leads to',
  hand_off: 'Hand-off',
  escalation: 'Escalation',
  depends_on: 'Depends on',
  feedback_loop: 'Feedback loop',
};

export const PHASE_LABELS: Record<Phase, string> = {
  awareness: 'Awareness',
  discovery: 'Discovery',
  attraction: 'Attraction',
  interaction: 'Interaction',
  purchase: 'Purchase',
  use: 'Use',
  cultivation: 'Cultivation',
  advocacy: 'Advocacy',
  custom: 'Custom',
};
