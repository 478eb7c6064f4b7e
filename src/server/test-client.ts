/**
 * In-process test helpers: a fresh wiki on in-memory SQLite (or the test file's database,
 * see useTestDatabase), and a client over
 * `app.request` that keeps cookies like a browser and reads the edit form's fields.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { testDatabase } from '../wiki/test-wiki.ts';
import { openWiki, type Wiki } from '../wiki/wiki.ts';
import { createApp } from './app.ts';

export interface TestWiki {
  wiki: Wiki;
  app: Hono;
  client: TestClient;
  close(): void;
}

export function testWiki(): TestWiki {
  const dir = mkdtempSync(join(tmpdir(), 'kagami-server-'));
  const wiki = openWiki({ dataDir: dir, db: testDatabase() });
  const app = createApp(wiki, { secret: 'test-secret' });
  return {
    wiki, app, client: new TestClient(app),
    close() {
      wiki.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A test body run on a fresh `testWiki()`, closed afterwards whatever happens. */
export function withTestServer(fn: (t: TestWiki) => void | Promise<void>): () => Promise<void> {
  return async () => {
    const t = testWiki();
    try {
      await fn(t);
    } finally {
      t.close();
    }
  };
}

export class TestClient {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly app: Hono) {}

  async get(path: string): Promise<Response> {
    return this.keep(await this.app.request(path, { headers: this.headers() }));
  }

  async post(path: string, fields: Record<string, string>): Promise<Response> {
    const body = new URLSearchParams(fields).toString();
    return this.keep(
      await this.app.request(path, {
        method: 'POST',
        body,
        headers: { ...this.headers(), 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
    );
  }

  /** Posts a multipart form (file uploads). */
  async postMultipart(path: string, form: FormData): Promise<Response> {
    return this.keep(await this.app.request(path, { method: 'POST', body: form, headers: this.headers() }));
  }

  /** Loads the edit form at `path` and returns its hidden and text fields. */
  async editForm(path: string): Promise<Record<string, string>> {
    const page = await (await this.get(path)).text();
    return formFields(page);
  }

  private headers(): Record<string, string> {
    return this.cookies.size ? { Cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {};
  }

  private keep(res: Response): Response {
    for (const header of res.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return res;
  }
}

/** The named inputs and the textarea of the first form on a page. */
export function formFields(page: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const m of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) fields[m[1]] = unescape(m[2]);
  const area = /<textarea name="wpTextbox1"[^>]*>\n?([\s\S]*?)<\/textarea>/.exec(page);
  if (area) fields.wpTextbox1 = unescape(area[1]);
  return fields;
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#039;/g, "'").replace(/&amp;/g, '&');
}
