import { describe, expect, it } from 'vitest';
import { draftToRequest, EMPTY_DRAFT, keyFromName } from './metric-draft';

describe('keyFromName', () => {
  it('proposes a key within the catalog pattern', () => {
    expect(keyFromName('Callbacks kept')).toBe('callbacks_kept');
    expect(keyFromName('  2nd-line Résolution %  ')).toBe('nd_line_resolution');
    expect(keyFromName('9')).toBe('');
  });
});

describe('draftToRequest', () => {
  const valid = { ...EMPTY_DRAFT, key: 'callbacks_kept', name: ' Callbacks kept ' };

  it('makes the create request: trimmed name, scale only with both ends, pooling only for value metrics', () => {
    expect(draftToRequest(valid)).toEqual({
      request: {
        key: 'callbacks_kept',
        name: 'Callbacks kept',
        description: '',
        family: 'quality',
        unit: 'score',
        kind: 'mean',
        direction: 'higher',
        scale: null,
        appliesTo: ['touchpoint'],
      },
    });
    const value = draftToRequest({ ...valid, kind: 'value', valuePooling: 'mean', scaleMin: '0', scaleMax: '10' });
    expect(value).toMatchObject({ request: { kind: 'value', valuePooling: 'mean', scale: { min: 0, max: 10 } } });
  });

  it('says what is wrong, field by field', () => {
    expect(draftToRequest({ ...EMPTY_DRAFT, key: 'Bad Key', appliesTo: [] })).toEqual({
      errors: { key: expect.any(String), name: 'Name the metric', appliesTo: 'Choose touchpoints, links or both' },
    });
    expect(draftToRequest({ ...valid, scaleMin: '5' })).toEqual({ errors: { 'scale.max': 'Give both ends of the scale, or neither' } });
    expect(draftToRequest({ ...valid, scaleMin: '5', scaleMax: '5' })).toEqual({ errors: { 'scale.max': 'Greater than the minimum' } });
    expect(draftToRequest({ ...valid, scaleMin: '-1', scaleMax: '5' })).toEqual({ errors: { 'scale.min': 'A mean’s scale starts at 0 or above' } });
    expect(draftToRequest({ ...valid, scaleMin: 'x', scaleMax: '5' })).toEqual({ errors: { 'scale.min': 'A number' } });
  });
});
