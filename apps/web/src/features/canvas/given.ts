import type { JourneyGraph, LinkDto, StageDto, TouchpointDto } from '@cxmap/domain';

/** Test data builders for the canvas specs (not used by the app). */
let counter = 0;
const nextId = (prefix: string): string => `${prefix}-${(counter += 1)}`;

function stage(overrides: Partial<StageDto> = {}): StageDto {
  return {
    id: nextId('stage'),
    version: 1,
    name: 'Stage',
    phase: 'custom',
    order: 0,
    customerGoal: '',
    description: '',
    ...overrides,
  };
}

function touchpoint(stageId: string, overrides: Partial<TouchpointDto> = {}): TouchpointDto {
  return {
    id: nextId('tp'),
    version: 1,
    stageId,
    title: 'Touchpoint',
    description: '',
    channel: 'web',
    interaction: 'digital',
    ownerTeam: null,
    layer: 'customer',
    emotion: null,
    position: { x: 12, y: 12 },
    ...overrides,
  };
}

function link(sourceId: string, targetId: string, overrides: Partial<LinkDto> = {}): LinkDto {
  return { id: nextId('link'), version: 1, sourceId, targetId, type: 'leads_to', label: null, ...overrides };
}

function journey(options: { stages?: number } = {}): JourneyGraph {
  const stages = Array.from({ length: options.stages ?? 0 }, (_, i) => stage({ name: `Stage ${i + 1}`, order: i }));
  return {
    journey: {
      id: nextId('journey'),
      workspaceId: 'ws-1',
      name: 'Journey',
      description: '',
      state: 'current',
      status: 'draft',
      personaId: null,
      revision: 1,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    },
    persona: null,
    stages,
    touchpoints: [],
    links: [],
  };
}

export const given = { journey, stage, touchpoint, link };
