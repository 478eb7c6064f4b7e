/**
 * Test helper: an account made directly in the wiki, then logged in through
 * Special:UserLogin by a TestClient (which keeps the session cookie from then on).
 */
import { createAccount } from '../users/create-account.ts';
import type { UserRecord } from '../storage/repository.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { formFields, type TestClient } from './test-client.ts';

export async function logInAs(wiki: Wiki, client: TestClient, name: string, groups: string[] = [], password = `${name} password!`): Promise<UserRecord> {
  const user = wiki.repo.users.getUserByName(name) ?? createAccount(wiki, { name, password, groups });
  const fields = formFields(await (await client.get('/index.php?title=Special:UserLogin')).text());
  const res = await client.post('/index.php?title=Special:UserLogin', { ...fields, wpName: name, wpPassword: password });
  if (res.status !== 303) throw new Error(`login as ${name} failed: ${res.status}`);
  return user;
}
