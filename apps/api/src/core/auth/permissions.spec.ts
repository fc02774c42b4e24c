import { roleAllows } from './permissions';

describe('roleAllows', () => {
  it('lets owners and editors write', () => {
    expect(roleAllows('owner', 'journey:write')).toBe(true);
    expect(roleAllows('editor', 'journey:write')).toBe(true);
  });

  it('keeps commenters and viewers read-only', () => {
    expect(roleAllows('commenter', 'journey:write')).toBe(false);
    expect(roleAllows('viewer', 'journey:write')).toBe(false);
    expect(roleAllows('commenter', 'journey:read')).toBe(true);
    expect(roleAllows('viewer', 'journey:read')).toBe(true);
  });
});
