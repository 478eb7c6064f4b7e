/**
 * Concurrent read-modify-write edits over real HTTP: 4 writers each append 5 lines to one
 * page at once. Every line must end up in the page, or its writer must have been shown the
 * edit-conflict page (HTTP 409) for it; no save may be lost silently.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWiki } from '../wiki/wiki.ts';
import { startServer } from './app.ts';
import { formFields } from './test-client.ts';

class HttpWriter {
  private cookie = '';
  constructor(private readonly base: string) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(this.base + path, { ...init, redirect: 'manual', headers: { ...(init.headers as Record<string, string>), ...(this.cookie ? { Cookie: this.cookie } : {}) } });
    for (const c of res.headers.getSetCookie()) this.cookie = c.split(';')[0];
    return res;
  }

  async appendLine(line: string): Promise<number> {
    const form = formFields(await (await this.request('/index.php?title=Shared&action=edit')).text());
    const text = `${form.wpTextbox1 ?? ''}\n${line}`;
    const res = await this.request('/index.php?title=Shared&action=submit', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ ...form, wpTextbox1: text, wpSummary: line, wpSave: '1' }).toString(),
    });
    await res.arrayBuffer();
    return res.status;
  }
}

test('4 writers × 5 appends over HTTP: every line is kept or its writer was told', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kagami-concurrent-'));
  const wiki = openWiki({ dataDir: dir, db: join(dir, 'wiki.sqlite') });
  wiki.save({ title: 'Shared', text: 'start' });
  const server = await startServer(wiki, 0, { secret: 'test' });
  try {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const outcomes: Array<{ line: string; status: number }> = [];
    await Promise.all([0, 1, 2, 3].map(async (w) => {
      const writer = new HttpWriter(base);
      for (let i = 0; i < 5; i++) {
        const line = `writer ${w} line ${i}`;
        outcomes.push({ line, status: await writer.appendLine(line) });
      }
    }));
    assert.equal(outcomes.length, 20);
    const finalLines = new Set(wiki.getPage('Shared')!.revision.text.split('\n'));
    for (const o of outcomes) {
      assert.ok(o.status === 303 || o.status === 409, `${o.line}: HTTP ${o.status}`);
      if (o.status === 303) assert.ok(finalLines.has(o.line), `${o.line} was saved but is missing`);
      else assert.ok(!finalLines.has(o.line), `${o.line} was refused but is present`);
    }
    const saved = outcomes.filter((o) => o.status === 303).length;
    assert.ok(saved >= 5, `only ${saved} saves went through`);
    if (process.env.KAGAMI_VERBOSE) console.log(`saved ${saved} of 20, ${20 - saved} told of a conflict`);
    assert.equal(finalLines.size, saved + 1);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    wiki.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
