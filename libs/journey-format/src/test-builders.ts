import type { LinkDto, StageDto, TouchpointDto } from '@cxmap/domain';
import type { GraphContent } from './graph';

/** Builders for specs: small valid entities with overridable fields. */
export const given = {
  stage(id: string, overrides: Partial<StageDto> = {}): StageDto {
    return { id, version: 1, name: id, phase: 'custom', order: 0, customerGoal: '', description: '', ...overrides };
  },
  touchpoint(id: string, stageId: string, overrides: Partial<TouchpointDto> = {}): TouchpointDto {
    return {
      id,
      version: 1,
      stageId,
      title: id,
      description: '',
      channel: 'web',
      interaction: 'digital',
      ownerTeam: null,
      layer: 'customer',
      emotion: null,
      position: { x: 0, y: 0 },
      ...overrides,
    };
  },
  link(id: string, sourceId: string, targetId: string, overrides: Partial<LinkDto> = {}): LinkDto {
    return { id, version: 1, sourceId, targetId, type: 'leads_to', label: null, ...overrides };
  },
  /** Two stages (s1, s2), touchpoints a, b in s1 and c in s2, links a→b and b→c. */
  graph(): GraphContent {
    return {
      stages: [given.stage('s1', { order: 0 }), given.stage('s2', { order: 1 })],
      touchpoints: [given.touchpoint('a', 's1'), given.touchpoint('b', 's1'), given.touchpoint('c', 's2')],
      links: [given.link('ab', 'a', 'b'), given.link('bc', 'b', 'c')],
    };
  },
};
