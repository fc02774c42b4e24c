import { describe, expect, it } from 'vitest';
import { ApiError } from './client';
import { describeError, problemToFieldMessage, problemToFormErrors } from './problem';

const FIELDS = ['name', 'email', 'password', 'workspaceName'] as const;

describe('problemToFormErrors', () => {
  it('puts each validation message under its field', () => {
    const error = new ApiError(400, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      errors: [
        { path: 'email', message: 'email must be an email' },
        { path: 'workspaceName', message: 'workspaceName should not be empty' },
        { path: 'email', message: 'a second message is not shown' },
      ],
    });
    expect(problemToFormErrors(error, FIELDS)).toEqual({
      fields: { email: 'email must be an email', workspaceName: 'workspaceName should not be empty' },
      form: null,
    });
  });

  it('shows messages about fields the form does not have above the form', () => {
    const error = new ApiError(400, {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      errors: [{ path: 'color', message: 'property color should not exist' }],
    });
    expect(problemToFormErrors(error, FIELDS)).toEqual({ fields: {}, form: 'property color should not exist' });
  });

  it('shows the detail of a problem without field errors, such as an email already in use', () => {
    const error = new ApiError(409, {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'An account with this email already exists.',
    });
    expect(problemToFormErrors(error, FIELDS).form).toBe('An account with this email already exists.');
  });

  it('does not show the internals of a server failure', () => {
    const error = new ApiError(500, { type: 'about:blank', title: 'Internal', status: 500, detail: 'QueryFailedError: …' });
    expect(problemToFormErrors(error, FIELDS).form).toBe('The server ran into a problem. Please try again in a moment.');
  });

  it('tells the user when the server cannot be reached', () => {
    const error = new ApiError(0, { type: 'about:blank', title: 'The server cannot be reached', status: 0 });
    expect(describeError(error)).toMatch(/cannot be reached/);
  });
});

describe('problemToFieldMessage', () => {
  it("gives the field's own message, else the problem's", () => {
    const invalid = new ApiError(400, { type: 'about:blank', title: 'Bad Request', status: 400, errors: [{ path: 'name', message: 'name is too long' }] });
    expect(problemToFieldMessage(invalid, 'name')).toBe('name is too long');
    const gone = new ApiError(404, { type: 'about:blank', title: 'Not Found', status: 404, detail: 'The workspace does not exist.' });
    expect(problemToFieldMessage(gone, 'name')).toBe('The workspace does not exist.');
  });
});
