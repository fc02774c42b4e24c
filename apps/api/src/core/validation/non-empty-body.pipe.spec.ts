import { AppError } from '../errors/app-error';
import { NonEmptyBodyPipe } from './non-empty-body.pipe';

describe('NonEmptyBodyPipe', () => {
  const pipe = new NonEmptyBodyPipe();

  it('passes a body that sets a field, even to an empty string', () => {
    const body = { name: '' };
    expect(pipe.transform(body)).toBe(body);
  });

  it('refuses a body that sets nothing', () => {
    expect(() => pipe.transform({})).toThrow(AppError);
    expect(() => pipe.transform({ name: undefined })).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
