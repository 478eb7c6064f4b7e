import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authenticate } from '../users/authenticate.ts';
import { openWiki } from '../wiki/wiki.ts';
import { runKagami } from './run-kagami.ts';

test('create-user makes the first administrator from a password file; --force updates it', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'kagami-create-user-'));
  try {
    const data = join(tmp, 'data');
    const file = join(tmp, 'pw');
    writeFileSync(file, 'an admin password\nignored second line\n');
    const made = await runKagami(['create-user', 'wiki_admin', '--password-file', file, '--groups', 'sysop,bureaucrat', '--data', data]);
    assert.equal(made.code, 0, made.stderr);
    assert.equal(made.stdout, 'created the account "Wiki admin" (groups: sysop, bureaucrat)\n');
    const again = await runKagami(['create-user', 'Wiki admin', '--password-file', file, '--data', data]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already exists \(use --force/);
    const badGroup = await runKagami(['create-user', 'Other', '--password-file', file, '--groups', 'wizard', '--data', data]);
    assert.match(badGroup.stderr, /^kagami: unknown group "wizard"/);
    const short = await runKagami(['create-user', 'Other', '--password-file', '-', '--data', data], { stdin: 'short\n' });
    assert.equal(short.stderr, 'kagami: Passwords must be at least 8 characters.\n');
    const forced = await runKagami(['create-user', 'Wiki admin', '--password-file', '-', '--groups', 'bot', '--force', '--data', data], { stdin: 'a new password\n' });
    assert.equal(forced.code, 0, forced.stderr);

    const wiki = openWiki({ dataDir: data });
    try {
      const { user } = authenticate(wiki, { name: 'Wiki admin', password: 'a new password', address: '192.0.2.1' });
      assert.deepEqual(wiki.repo.users.getUserGroups(user.id).map((g) => g.group), ['bot', 'bureaucrat', 'sysop']);
      assert.equal(wiki.repo.users.countUsers(), 1);
      assert.equal(wiki.repo.listLog({ type: 'rights', limit: 5 }).length, 2);
    } finally {
      wiki.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
