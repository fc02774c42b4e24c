import { validateNewPassword, type FieldErrors } from '../auth/auth-validation';

export type PasswordField = 'currentPassword' | 'newPassword' | 'confirmPassword';

export function validatePasswordChange(values: Record<PasswordField, string>): FieldErrors<PasswordField> {
  const errors: FieldErrors<PasswordField> = {};
  if (!values.currentPassword) errors.currentPassword = 'Enter your current password';
  const newPassword = validateNewPassword(values.newPassword);
  if (newPassword) errors.newPassword = newPassword;
  if (values.confirmPassword !== values.newPassword) errors.confirmPassword = 'The passwords do not match';
  return errors;
}
