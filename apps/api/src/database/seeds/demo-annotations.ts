import type { AnnotationKind, AnnotationSeverity, AnnotationStatus, EvidenceItem } from '@cxmap/domain';
import { linkKey } from './demo-ops';

/** An annotation of DEMO_JOURNEY on a touchpoint, stage (by key) or link (by its two touchpoint keys). */
export interface DemoAnnotation {
  on: { touchpoint: string } | { stage: string } | { link: [string, string] };
  kind: AnnotationKind;
  severity?: AnnotationSeverity;
  title: string;
  body: string;
  status?: AnnotationStatus;
  ownerTeam?: string;
  evidence?: EvidenceItem[];
  replies?: string[];
}

/** The key of an annotation's target in the ids map of demoOps. */
export function demoAnnotationKey(annotation: DemoAnnotation): string {
  const { on } = annotation;
  if ('touchpoint' in on) return on.touchpoint;
  if ('stage' in on) return on.stage;
  return linkKey(on.link[0], on.link[1]);
}

/**
 * Pain points and ideas from the seeds' themes (seed 003: long waits, being referred from
 * department to department, agents reciting phrases that fix nothing; seed 000: delivery and
 * channel satisfaction). One critical pain point has no owner team yet, so the needs-review queue
 * has something to show.
 */
export const DEMO_ANNOTATIONS: readonly DemoAnnotation[] = [
  {
    on: { touchpoint: 'phone-agent' },
    kind: 'pain_point',
    severity: 'critical',
    title: '14 minutes on hold before an agent answers',
    body: 'Callers about damaged parcels wait longest at the Monday-morning peak; a third hang up before anyone answers.',
    evidence: [
      { kind: 'quote', text: '“I was on hold for fourteen minutes just to report a broken box.”', url: null },
      { kind: 'survey', text: 'Post-call survey, March: wait time is the top complaint', url: 'https://surveys.example.com/results/post-call-march' },
    ],
    replies: ['Peak is 9–11 am on Mondays; the staffing plan only covers the afternoon.', 'A call-back option would take the queue off hold.'],
  },
  {
    on: { touchpoint: 'phone-agent' },
    kind: 'pain_point',
    severity: 'high',
    title: 'Transferred twice between departments',
    body: 'Support sends damage claims to Sales, Sales sends them to Claims; the customer tells the story three times.',
    status: 'in_progress',
    ownerTeam: 'Customer service',
    evidence: [{ kind: 'ticket', text: 'Ticket 48213: three transfers in one call', url: 'https://support.example.com/tickets/48213' }],
    replies: ['Claims agreed to take damage calls directly from the first line.'],
  },
  {
    on: { touchpoint: 'chatbot' },
    kind: 'pain_point',
    severity: 'medium',
    title: 'Scripted replies that fix nothing',
    body: 'The bot answers “Your satisfaction is important to us” to delivery questions instead of giving the parcel status.',
    ownerTeam: 'Customer service',
    evidence: [{ kind: 'quote', text: '“It kept repeating the same sentence. I just wanted to know where my order was.”', url: null }],
  },
  {
    on: { touchpoint: 'shipping-sms' },
    kind: 'pain_point',
    severity: 'high',
    title: 'No delivery update after the tracking link',
    body: 'The tracking page stops at “handed to carrier”; customers call to ask where the parcel is.',
    ownerTeam: 'Logistics',
    evidence: [{ kind: 'link', text: 'Carrier tracking feed gaps', url: 'https://status.example.com/carrier-feed' }],
  },
  {
    on: { touchpoint: 'damaged-parcel' },
    kind: 'pain_point',
    severity: 'critical',
    title: 'Parcels arrive late with damaged boxes',
    body: 'Fragile items ship in thin boxes; one order in forty arrives damaged.',
    status: 'in_progress',
    ownerTeam: 'Fulfilment',
  },
  {
    on: { touchpoint: 'payment-declined' },
    kind: 'pain_point',
    severity: 'medium',
    title: 'Card declined without a reason',
    body: 'The checkout said “payment failed” and nothing else; the customer paid twice.',
    status: 'resolved',
    ownerTeam: 'Payments',
  },
  {
    on: { touchpoint: 'claims' },
    kind: 'pain_point',
    severity: 'low',
    title: 'Claim form asks for the order number twice',
    body: 'Once on the first page, once on the upload page.',
    status: 'wont_fix',
    ownerTeam: 'Claims',
  },
  {
    on: { stage: 'use' },
    kind: 'opportunity',
    title: 'Warn about delays before the customer calls',
    body: 'A proactive text when the carrier misses its scan would avoid most “where is my parcel” calls.',
    ownerTeam: 'Logistics',
  },
  {
    on: { touchpoint: 'chat-agent' },
    kind: 'opportunity',
    title: 'Route delivery questions to live chat',
    body: 'Chat satisfaction is 92 % against 88 % on the phone, and one agent handles several chats at once.',
    evidence: [{ kind: 'survey', text: 'Satisfaction by channel', url: 'https://surveys.example.com/results/by-channel' }],
  },
  {
    on: { link: ['phone-agent', 'claims'] },
    kind: 'idea',
    title: 'Warm transfer to Claims with the case notes',
    body: 'The agent stays on the line and the notes travel with the call, so nobody asks for the story again.',
  },
  {
    on: { touchpoint: 'csat-survey' },
    kind: 'comment',
    title: 'Survey arrives before the replacement',
    body: 'Sent when the claim closes, not when the replacement is delivered.',
    status: 'resolved',
  },
];

/** Touchpoints whose review-by date the seed sets, in days from today (negative: already past). */
export const DEMO_REVIEW_DATES: ReadonlyArray<{ touchpoint: string; days: number }> = [
  { touchpoint: 'phone-agent', days: -30 },
  { touchpoint: 'shipping-sms', days: -12 },
  { touchpoint: 'checkout', days: 60 },
  { touchpoint: 'chatbot', days: 90 },
];
