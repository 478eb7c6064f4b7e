/**
 * `kagami reset-password NAME --password-file FILE`: sets an account's password (MediaWiki's
 * changePassword.php) and ends its sessions. This wiki sends no e-mail, so a user who forgot
 * their password asks an administrator to run this. The password is the file's first line
 * ("-" reads stdin), so it never shows in the process list.
 */
import { readFileSync } from 'node:fs';
import { AccountError } from '../../users/account-error.ts';
import { changePassword } from '../../users/change-password.ts';
import { canonicalUserName } from '../../users/user-name.ts';
import { CliError, usageError } from '../cli-error.ts';
import { openWikiFromArgs, parseCommandArgs, wikiOptions } from '../cli-options.ts';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { ...wikiOptions, 'password-file': { type: 'string' } }, 1);
  const name = positionals[0];
  if (name === undefined) throw usageError('reset-password needs a user name: kagami reset-password NAME --password-file FILE');
  if (!values['password-file']) throw usageError('reset-password needs --password-file FILE (- for stdin)');
  const file = String(values['password-file']);
  let password: string;
  try {
    password = readFileSync(file === '-' ? 0 : file, 'utf8').split(/\r?\n/)[0];
  } catch (e) {
    throw new CliError(`cannot read the password file ${file}: ${(e as Error).message}`);
  }
  const wiki = openWikiFromArgs(values);
  try {
    const canonical = canonicalUserName(wiki.titles, name);
    const user = canonical ? wiki.repo.users.getUserByName(canonical) : null;
    if (!user) throw new CliError(`there is no account "${name}"`);
    try {
      changePassword(wiki, { user, password });
    } catch (e) {
      if (e instanceof AccountError) throw new CliError(e.message);
      throw e;
    }
    process.stdout.write(`set the password of "${user.name}" and ended its sessions (this wiki sends no e-mail: tell the user yourself)\n`);
    return 0;
  } finally {
    wiki.close();
  }
}
