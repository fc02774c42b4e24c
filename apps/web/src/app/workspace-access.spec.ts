import { ROLES } from '@cxmap/domain';
import { describe, expect, it } from 'vitest';
import { accessFor } from './workspace-access';

describe('accessFor', () => {
  it('lets owners and editors edit journeys, and nobody else', () => {
    expect(ROLES.filter((role) => accessFor(role).can('journey:write'))).toEqual(['owner', 'editor']);
  });

  it('lets owners and editors share journeys, and nobody else', () => {
    expect(ROLES.filter((role) => accessFor(role).can('journey:share'))).toEqual(['owner', 'editor']);
  });

  it('lets every member read journeys and see the members', () => {
    for (const role of ROLES) {
      expect(accessFor(role).can('journey:read')).toBe(true);
      expect(accessFor(role).can('members:read')).toBe(true);
    }
  });

  it('keeps members, invitations and the workspace itself to owners', () => {
    expect(ROLES.filter((role) => accessFor(role).can('members:manage'))).toEqual(['owner']);
    expect(ROLES.filter((role) => accessFor(role).can('workspace:manage'))).toEqual(['owner']);
  });

  it('gives commenters comments but not edits', () => {
    expect(accessFor('commenter').can('journey:comment')).toBe(true);
    expect(accessFor('viewer').can('journey:comment')).toBe(false);
  });

  it('allows nothing outside a workspace', () => {
    expect(accessFor(null).role).toBeNull();
    expect(accessFor(null).can('journey:read')).toBe(false);
  });
});
