import { invitationPath } from './invitation-token';

describe('invitation links', () => {
  it('lead to the accept page', () => {
    expect(invitationPath('abc')).toBe('/invite/abc');
  });
});
