import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './run-kagami.ts';

const bin = fileURLToPath(new URL('../../bin/kagami.js', import.meta.url));

test('serve starts an empty data dir with the sample wiki and serves its pages', async () => {
  const data = mkdtempSync(join(tmpdir(), 'kagami-serve-'));
  const child = spawn(process.execPath, [bin, 'serve', '--data', data, '--port', '0'], { cwd: repoRoot, env: { ...process.env, KAGAMI_DB: '' } });
  try {
    let out = '';
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d) => { err += d; });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 20_000);
      child.stdout.setEncoding('utf8').on('data', (d) => {
        out += d;
        const m = /served at (http:\/\/\S+?)\/\n/.exec(out);
        if (m) { clearTimeout(timer); resolve(m[1]); }
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
    });
    assert.match(out, /created the sample wiki/);
    const res = await fetch(`${url}/wiki/Mira_Kagami`);
    assert.equal(res.status, 200);
    assert.match(await res.text(), /Lantern Street Archive/);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(data, { recursive: true, force: true });
  }
});
