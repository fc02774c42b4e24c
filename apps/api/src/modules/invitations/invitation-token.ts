/** The accept page of an invitation; the token itself comes from `newSecretToken` (core/auth/secret-token). */
export function invitationPath(token: string): string {
  return `/invite/${token}`;
}
