import type { JourneySummaryDto } from '@cxmap/domain';
import { describe, expect, it } from 'vitest';
import { applyServerJourney, removeFromList, renameInList } from './journey-list-cache';

function journey(overrides: Partial<JourneySummaryDto> = {}): JourneySummaryDto {
  return {
    id: 'j1',
    workspaceId: 'ws1',
    name: 'Onboarding',
    description: '',
    state: 'current',
    status: 'draft',
    revision: 1,
    stageCount: 4,
    touchpointCount: 9,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-02T00:00:00.000Z',
    ...overrides,
  };
}

describe('renameInList', () => {
  it('shows the new name and "updated just now" on the renamed journey only', () => {
    const now = new Date('2025-06-01T10:00:00.000Z');
    const list = [journey(), journey({ id: 'j2', name: 'Renewal' })];
    const renamed = renameInList(list, 'j1', 'Onboarding v2', now);
    expect(renamed?.map((j) => j.name)).toEqual(['Onboarding v2', 'Renewal']);
    expect(renamed?.[0]?.updatedAt).toBe(now.toISOString());
    expect(renamed?.[1]).toBe(list[1]);
    expect(list[0]?.name).toBe('Onboarding');
  });

  it('leaves an unloaded list alone', () => {
    expect(renameInList(undefined, 'j1', 'x', new Date())).toBeUndefined();
  });
});

describe('applyServerJourney', () => {
  it('takes the name and the new revision the server returned, so the next rename is checked against it', () => {
    const list = [journey({ revision: 4 }), journey({ id: 'j2', name: 'Renewal' })];
    const { stageCount: _s, touchpointCount: _t, ...dto } = journey({ name: 'Claims', revision: 5, updatedAt: '2025-06-01T10:00:00.000Z' });
    const updated = applyServerJourney(list, { ...dto, personaId: null });
    expect(updated?.[0]).toMatchObject({ name: 'Claims', revision: 5, updatedAt: '2025-06-01T10:00:00.000Z', stageCount: 4 });
    expect(updated?.[1]).toBe(list[1]);
  });
});

describe('removeFromList', () => {
  it('hides the deleted journey and keeps the order of the others', () => {
    const list = [journey({ id: 'a' }), journey({ id: 'b' }), journey({ id: 'c' })];
    expect(removeFromList(list, 'b')?.map((j) => j.id)).toEqual(['a', 'c']);
  });
});
