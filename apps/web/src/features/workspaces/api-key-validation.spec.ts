import { describe, expect, it } from 'vitest';
import { apiKeyExample, validateApiKeyName, validateApiKeyScopes } from './api-key-validation';

describe('API key form validation', () => {
  it('wants a name of 1 to 80 characters, spaces aside', () => {
    expect(validateApiKeyName('Survey tool')).toBeUndefined();
    expect(validateApiKeyName('   ')).toBe('Name the key after the integration that uses it');
    expect(validateApiKeyName(` ${'x'.repeat(80)} `)).toBeUndefined();
    expect(validateApiKeyName('x'.repeat(81))).toBe('Name can be at most 80 characters');
  });

  it('wants at least one scope', () => {
    expect(validateApiKeyScopes([])).toBe('Choose at least one scope');
    expect(validateApiKeyScopes(['ingest'])).toBeUndefined();
  });

  it('builds the example request on the real list route', () => {
    expect(apiKeyExample('https://cx.example.com', 'ws1', 'cxk_abc')).toBe(
      'curl -H "Authorization: Bearer cxk_abc" \\\n  https://cx.example.com/api/workspaces/ws1/journeys',
    );
  });
});
