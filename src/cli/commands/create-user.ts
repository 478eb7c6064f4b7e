/**
 * `kagami create-user NAME --password-file FILE [--groups sysop,bureaucrat] [--force]`:
 * creates an account (MediaWiki's createAndPromote.php), typically the wiki's first
 * administrator. The password is the file's first line ("-" reads stdin), so it never
 * shows in the process list. With --force an existing account gets the new password and
 * the groups.
 */
import { readFileSync } from 'node:fs';
import { AccountError } from '../../users/account-error.ts';
import { checkPasswordPolicy, createAccount } from '../../users/create-account.ts';
import { effectivePermissions, explicitGroups } from '../../users/group-permissions.ts';
import { hashPassword } from '../../users/password.ts';
import { changeUserGroups } from '../../users/user-groups.ts';
import { canonicalUserName } from '../../users/user-name.ts';
import { CliError, usageError } from '../cli-error.ts';
import { openWikiFromArgs, parseCommandArgs, wikiOptions } from '../cli-options.ts';

function readPassword(file: string): string {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read the password file ${file}: ${(e as Error).message}`);
  }
  return text.split(/\r?\n/)[0];
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...wikiOptions,
    'password-file': { type: 'string' },
    groups: { type: 'string', default: '' },
    force: { type: 'boolean', default: false },
  }, 1);
  const name = positionals[0];
  if (name === undefined) throw usageError('create-user needs a user name: kagami create-user NAME --password-file FILE');
  if (!values['password-file']) throw usageError('create-user needs --password-file FILE (- for stdin)');
  const password = readPassword(String(values['password-file']));
  const wiki = openWikiFromArgs(values);
  try {
    const known = explicitGroups(effectivePermissions(wiki.config.wgGroupPermissions));
    const groups = String(values.groups).split(',').map((g) => g.trim()).filter(Boolean);
    for (const g of groups) if (!known.includes(g)) throw new CliError(`unknown group "${g}" (groups: ${known.join(', ')})`);
    const canonical = canonicalUserName(wiki.titles, name);
    const existing = canonical ? wiki.repo.users.getUserByName(canonical) : null;
    if (existing && !values.force) throw new CliError(`the account "${existing.name}" already exists (use --force to set its password and groups)`);
    try {
      if (existing) {
        checkPasswordPolicy(existing.name, password);
        wiki.repo.users.setUserPassword(existing.id, hashPassword(password));
        wiki.repo.users.deleteUserSessions(existing.id);
        changeUserGroups(wiki, { target: existing, add: groups.map((group) => ({ group, expiry: null })), remove: [] });
        process.stdout.write(`updated the account "${existing.name}"${groups.length ? ` (groups: ${groups.join(', ')})` : ''}\n`);
      } else {
        const user = createAccount(wiki, { name, password });
        changeUserGroups(wiki, { target: user, add: groups.map((group) => ({ group, expiry: null })), remove: [], reason: 'created from the command line' });
        process.stdout.write(`created the account "${user.name}"${groups.length ? ` (groups: ${groups.join(', ')})` : ''}\n`);
      }
    } catch (e) {
      if (e instanceof AccountError) throw new CliError(e.message);
      throw e;
    }
    return 0;
  } finally {
    wiki.close();
  }
}
