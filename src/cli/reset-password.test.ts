import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authenticate } from '../users/authenticate.ts';
import { createAccount } from '../users/create-account.ts';
import { startSession } from '../users/sessions.ts';
import { isoTimestamp } from '../wiki/timestamp.ts';
import { openWiki } from '../wiki/wiki.ts';
import { runKagami } from './run-kagami.ts';

test('reset-password sets an account password from a file and ends its sessions', async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'kagami-reset-password-'));
  try {
    const data = join(tmp, 'data');
    let wiki = openWiki({ dataDir: data });
    const user = createAccount(wiki, { name: 'Forgetful', password: 'old password' });
    const session = startSession(wiki.repo, user.id);
    wiki.close();
    const file = join(tmp, 'pw');
    writeFileSync(file, 'brand new secret\n');
    const done = await runKagami(['reset-password', 'forgetful', '--password-file', file, '--data', data]);
    assert.equal(done.code, 0, done.stderr);
    assert.match(done.stdout, /set the password of "Forgetful".*no e-mail/);
    const missing = await runKagami(['reset-password', 'Nobody', '--password-file', file, '--data', data]);
    assert.equal(missing.stderr, 'kagami: there is no account "Nobody"\n');
    const short = await runKagami(['reset-password', 'Forgetful', '--password-file', '-', '--data', data], { stdin: 'short\n' });
    assert.equal(short.stderr, 'kagami: Passwords must be at least 8 characters.\n');
    wiki = openWiki({ dataDir: data });
    try {
      assert.equal(authenticate(wiki, { name: 'Forgetful', password: 'brand new secret', address: '192.0.2.1' }).user.id, user.id);
      assert.throws(() => authenticate(wiki, { name: 'Forgetful', password: 'old password', address: '192.0.2.2' }));
      assert.equal(wiki.repo.users.getSession(session.record.id, isoTimestamp()), null);
    } finally {
      wiki.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
