import { describe, expect, it } from 'vitest';
import { loginPathFor, redirectTargetFrom, withNext } from './redirect';

const at = (pathname: string, search = '', hash = '') => ({ pathname, search, hash });

describe('loginPathFor', () => {
  it('remembers the journey the visitor asked for', () => {
    const path = loginPathFor(at('/w/ws1/journeys/j1', '?focus=t3', '#top'));
    expect(path).toBe('/login?next=%2Fw%2Fws1%2Fjourneys%2Fj1%3Ffocus%3Dt3%23top');
    expect(redirectTargetFrom(path.slice(path.indexOf('?')))).toBe('/w/ws1/journeys/j1?focus=t3#top');
  });

  it('sends a visitor of the home page to a plain log-in page', () => {
    expect(loginPathFor(at('/'))).toBe('/login');
  });
});

describe('redirectTargetFrom', () => {
  it('returns a path of this app', () => {
    expect(redirectTargetFrom('?next=%2Fw%2Fws1')).toBe('/w/ws1');
  });

  it.each([
    ['no parameter', ''],
    ['another origin', '?next=https%3A%2F%2Fevil.example'],
    ['a protocol-relative URL', '?next=%2F%2Fevil.example%2Fw'],
    ['a backslash trick', '?next=%2F%5Cevil.example'],
    ['a relative path', '?next=w%2Fws1'],
    ['the log-in page itself', '?next=%2Flogin%3Fnext%3D%252F'],
  ])('ignores %s', (_label, search) => {
    expect(redirectTargetFrom(search)).toBeNull();
  });
});

describe('withNext', () => {
  it('carries the target from the log-in page to the sign-up page', () => {
    expect(withNext('/signup', '?next=%2Fw%2Fws1')).toBe('/signup?next=%2Fw%2Fws1');
    expect(withNext('/signup', '')).toBe('/signup');
  });
});
