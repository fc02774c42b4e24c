import { describe, expect, it } from 'vitest';
import { CHANNEL_INFO, INTERACTION_LABELS, LAYER_LABELS, LINK_TYPE_LABELS, PHASE_LABELS } from './channels';
import { CHANNELS, INTERACTIONS, LAYERS, LINK_TYPES, PHASES, TEMPLATE_KEYS, isOneOf } from './enums';
import { JOURNEY_TEMPLATES } from './templates';

describe('catalogs', () => {
  it('label every enum value and nothing else', () => {
    expect(Object.keys(CHANNEL_INFO).sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(INTERACTION_LABELS).sort()).toEqual([...INTERACTIONS].sort());
    expect(Object.keys(LAYER_LABELS).sort()).toEqual([...LAYERS].sort());
    expect(Object.keys(LINK_TYPE_LABELS).sort()).toEqual([...LINK_TYPES].sort());
    expect(Object.keys(PHASE_LABELS).sort()).toEqual([...PHASES].sort());
  });

  it('treat the people channels as customer service by default', () => {
    const personnel = CHANNELS.filter((c) => CHANNEL_INFO[c].defaultInteraction === 'personnel');
    expect(personnel.sort()).toEqual(['in_person', 'live_chat', 'phone']);
  });
});

describe('journey templates', () => {
  it('exist for every template key', () => {
    expect(Object.keys(JOURNEY_TEMPLATES).sort()).toEqual([...TEMPLATE_KEYS].sort());
  });

  it('awareness-to-advocacy walks the eight lifecycle phases in order (seed 003)', () => {
    expect(JOURNEY_TEMPLATES['awareness-to-advocacy'].stages.map((s) => s.phase)).toEqual(PHASES.filter((p) => p !== 'custom'));
  });

  it('service-lifecycle follows purchase, onboarding, use, renewal (seed 002)', () => {
    expect(JOURNEY_TEMPLATES['service-lifecycle'].stages.map((s) => s.name)).toEqual([
      'Purchase',
      'Onboarding',
      'Use',
      'Renewal / repurchase',
    ]);
  });

  it('use only known phases', () => {
    for (const template of Object.values(JOURNEY_TEMPLATES)) {
      for (const stage of template.stages) expect(isOneOf(PHASES, stage.phase)).toBe(true);
    }
  });
});

describe('isOneOf', () => {
  it('accepts members and rejects everything else', () => {
    expect(isOneOf(LAYERS, 'backstage')).toBe(true);
    expect(isOneOf(LAYERS, 'Backstage')).toBe(false);
    expect(isOneOf(LAYERS, 3)).toBe(false);
    expect(isOneOf(LAYERS, undefined)).toBe(false);
  });
});
