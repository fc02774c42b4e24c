import { csrfAllows, type CsrfRequest } from './csrf';

const own = 'https://cx.example.com';
const post = (headers: Partial<Pick<CsrfRequest, 'secFetchSite' | 'origin'>>): CsrfRequest => ({
  method: 'POST',
  secFetchSite: undefined,
  origin: undefined,
  ownOrigin: own,
  ...headers,
});

describe('csrfAllows', () => {
  it('lets safe methods through whatever they carry', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) {
      expect(csrfAllows({ method, secFetchSite: 'cross-site', origin: 'https://evil.test', ownOrigin: own }, [])).toBe(true);
    }
  });

  it('refuses every unsafe method from another site', () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      expect(csrfAllows({ method, secFetchSite: 'cross-site', origin: undefined, ownOrigin: own }, [])).toBe(false);
    }
  });

  it('believes Sec-Fetch-Site when a browser sends it', () => {
    expect(csrfAllows(post({ secFetchSite: 'same-origin' }), [])).toBe(true);
    expect(csrfAllows(post({ secFetchSite: 'none' }), [])).toBe(true);
    expect(csrfAllows(post({ secFetchSite: 'same-site' }), [])).toBe(false);
    expect(csrfAllows(post({ secFetchSite: 'cross-site' }), [])).toBe(false);
    // Sec-Fetch-Site decides even when Origin looks right (it cannot be set by page scripts).
    expect(csrfAllows(post({ secFetchSite: 'cross-site', origin: own }), [])).toBe(false);
  });

  it('compares Origin with the request’s own origin when Sec-Fetch-Site is missing', () => {
    expect(csrfAllows(post({ origin: own }), [])).toBe(true);
    expect(csrfAllows(post({ origin: 'https://evil.test' }), [])).toBe(false);
    expect(csrfAllows(post({ origin: 'http://cx.example.com' }), [])).toBe(false);
    expect(csrfAllows(post({ origin: 'null' }), [])).toBe(false);
  });

  it('lets listed origins through', () => {
    const allowed = ['https://admin.example.com'];
    expect(csrfAllows(post({ origin: 'https://admin.example.com', secFetchSite: 'same-site' }), allowed)).toBe(true);
    expect(csrfAllows(post({ origin: 'https://admin.example.com' }), allowed)).toBe(true);
    expect(csrfAllows(post({ origin: 'https://other.example.com', secFetchSite: 'same-site' }), allowed)).toBe(false);
  });

  it('lets clients that send neither header through (they cannot carry a browser’s cookie)', () => {
    expect(csrfAllows(post({}), [])).toBe(true);
  });
});
