/**
 * Creating an account (Special:CreateAccount, `kagami create-user`): a valid, free name and
 * a password that passes MediaWiki's default $wgPasswordPolicy (at least 8 characters, at
 * most 4096, not contained in the name). Groups can be given at once (the first
 * administrator).
 */
import type { UserRecord } from '../storage/repository.ts';
import { isoTimestamp } from '../wiki/timestamp.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { AccountError, messages } from './account-error.ts';
import { hashPassword } from './password.ts';
import { canonicalUserName } from './user-name.ts';

export const MIN_PASSWORD_LENGTH = 8;
const MAX_PASSWORD_LENGTH = 4096;

export interface CreateAccountInput {
  name: string;
  password: string;
  groups?: string[];
}

export function checkPasswordPolicy(name: string, password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new AccountError('passwordtooshort', `Passwords must be at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  if (password.length > MAX_PASSWORD_LENGTH) throw new AccountError('passwordtoolong', messages.passwordtoolong);
  if (name.toLowerCase().includes(password.toLowerCase())) {
    throw new AccountError('password-substring-username-match', messages['password-substring-username-match']);
  }
}

export function createAccount(wiki: Wiki, input: CreateAccountInput): UserRecord {
  const name = canonicalUserName(wiki.titles, input.name);
  if (!name) throw new AccountError('noname', messages.noname);
  checkPasswordPolicy(name, input.password);
  const passwordHash = hashPassword(input.password);
  return wiki.repo.transaction(() => {
    const user = wiki.repo.users.createUser({ name, passwordHash, registration: isoTimestamp() });
    if (!user) throw new AccountError('userexists', messages.userexists);
    for (const group of input.groups ?? []) wiki.repo.users.addUserGroup(user.id, group, null);
    return user;
  });
}
