/**
 * A refused account operation, with MediaWiki's message key as its code and the message's
 * English text (userexists, noname, passwordtooshort, wrongpassword, login-throttled ...).
 */
export class AccountError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export const messages = {
  noname: 'You have not specified a valid username.',
  userexists: 'Username entered already in use. Please choose a different name.',
  badretype: 'The passwords you entered do not match.',
  wrongpassword: 'Incorrect username or password entered. Please try again.',
  passwordtoolong: 'Passwords cannot be longer than 4096 characters.',
  'password-substring-username-match': 'Your password must not appear within your username.',
  'botpasswords-disabled': 'Bot passwords are disabled.',
} as const;
