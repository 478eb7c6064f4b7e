/**
 * Changing an account's password (Special:ChangePassword, `kagami reset-password`): the new
 * password must pass the password policy; a user changing their own needs the current one.
 * Every session of the account ends (the caller logs the browser in again). There is no
 * e-mail, so there is no "forgot password" mail: administrators reset passwords from the
 * command line.
 */
import type { UserRecord } from '../storage/repository.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { AccountError, messages } from './account-error.ts';
import { checkPasswordPolicy } from './create-account.ts';
import { hashPassword, verifyPassword } from './password.ts';

export interface ChangePasswordInput {
  user: UserRecord;
  /** The current password; omit only for administrators' resets. */
  current?: string;
  password: string;
  /** The new password typed again (the form's check); omit to skip. */
  retype?: string;
}

export function changePassword(wiki: Wiki, input: ChangePasswordInput): void {
  if (input.current !== undefined && !verifyPassword(input.current, input.user.passwordHash)) {
    throw new AccountError('wrongpassword', 'The current password you entered is incorrect.');
  }
  if (input.retype !== undefined && input.retype !== input.password) throw new AccountError('badretype', messages.badretype);
  checkPasswordPolicy(input.user.name, input.password);
  wiki.repo.transaction(() => {
    wiki.repo.users.setUserPassword(input.user.id, hashPassword(input.password));
    wiki.repo.users.deleteUserSessions(input.user.id);
  });
}
