import { act, renderHook } from '@testing-library/react';
import type { ChangeEvent } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { useProblemForm } from './use-problem-form';

const FIELDS = ['name', 'template'] as const;

function validationError(errors: { path: string; message: string }[]): ApiError {
  return new ApiError(400, { type: 'about:blank', title: 'Bad Request', status: 400, errors });
}

describe('useProblemForm', () => {
  it('shows what the form found, clears the form message, and says whether the form may be sent', () => {
    const { result } = renderHook(() => useProblemForm(FIELDS));
    act(() => result.current.setFormError('An earlier failure'));
    let clean = true;
    act(() => {
      clean = result.current.check({ name: 'Name the journey', template: undefined });
    });
    expect(clean).toBe(false);
    expect(result.current.errors).toEqual({ name: 'Name the journey', template: undefined });
    expect(result.current.formError).toBeNull();
    act(() => {
      clean = result.current.check({ name: undefined });
    });
    expect(clean).toBe(true);
  });

  it('forgets the message of the field being edited only', () => {
    const { result } = renderHook(() => useProblemForm(FIELDS));
    act(() => void result.current.check({ name: 'Too long', template: 'Unknown template' }));
    act(() => result.current.clearError('name'));
    expect(result.current.errors).toEqual({ name: undefined, template: 'Unknown template' });
  });

  it('puts validation messages under their fields and the rest above the form', () => {
    const { result } = renderHook(() => useProblemForm(FIELDS));
    act(() => result.current.showProblem(validationError([{ path: 'name', message: 'name is too long' }])));
    expect(result.current.errors).toEqual({ name: 'name is too long' });
    expect(result.current.formError).toBeNull();
    act(() => result.current.showProblem(new ApiError(409, { type: 'about:blank', title: 'Conflict', status: 409, detail: 'Taken.' })));
    expect(result.current.errors).toEqual({});
    expect(result.current.formError).toBe('Taken.');
  });

  it('shows the message of a field without an input above the form', () => {
    const { result } = renderHook(() => useProblemForm(FIELDS, { aboveForm: ['template'] }));
    act(() => result.current.showProblem(validationError([{ path: 'template', message: 'template must be one of …' }])));
    expect(result.current.formError).toBe('template must be one of …');
  });

  it('gives a text input its value and message, and forgets the message as the user types', () => {
    let typed = '';
    const { result } = renderHook(() => useProblemForm(FIELDS));
    act(() => void result.current.check({ name: 'Name the journey', template: 'Unknown template' }));
    const props = result.current.textField('name', 'Old', (value) => (typed = value));
    expect(props).toMatchObject({ value: 'Old', error: 'Name the journey' });
    act(() => props.onChange({ currentTarget: { value: 'New' } } as ChangeEvent<HTMLInputElement>));
    expect(typed).toBe('New');
    expect(result.current.errors).toEqual({ name: undefined, template: 'Unknown template' });
  });
});
