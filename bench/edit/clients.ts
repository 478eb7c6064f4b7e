/**
 * Saving an edit over HTTP as a browser would: Kagami's edit form (session cookie, edit token,
 * base revision) and MediaWiki's api.php action=edit (an anonymous edit with the anonymous token).
 */
import { formFields } from '../../src/server/test-client.ts';

export interface EditClient {
  /** The page's current wikitext. */
  source(): Promise<string>;
  /** Saves `text`; resolves when the save request has been answered. */
  save(text: string): Promise<void>;
}

class CookieJar {
  private readonly cookies = new Map<string, string>();

  header(): Record<string, string> {
    return this.cookies.size ? { Cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {};
  }

  keep(res: Response): Response {
    for (const header of res.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
    }
    return res;
  }
}

const form = (fields: Record<string, string>) => ({
  body: new URLSearchParams(fields).toString(),
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
});

export function kagamiEditClient(base: string, title: string): EditClient {
  const jar = new CookieJar();
  const t = encodeURIComponent(title.replace(/ /g, '_'));
  const editForm = async () => formFields(await jar.keep(await fetch(`${base}/index.php?title=${t}&action=edit`, { headers: jar.header() })).text());
  return {
    source: async () => (await editForm()).wpTextbox1 ?? '',
    async save(text) {
      const fields = await editForm();
      const { body, headers } = form({ ...fields, wpTextbox1: text, wpSummary: 'benchmark edit', wpSave: '1' });
      const res = jar.keep(await fetch(`${base}/index.php?title=${t}&action=submit`, { method: 'POST', body, headers: { ...headers, ...jar.header() }, redirect: 'manual' }));
      await res.arrayBuffer();
      if (res.status !== 303) throw new Error(`kagami: save answered ${res.status}`);
    },
  };
}

export function mediawikiEditClient(base: string, title: string): EditClient {
  const jar = new CookieJar();
  const api = async (params: Record<string, string>, post = false) => {
    const query = new URLSearchParams({ ...params, format: 'json', formatversion: '2' });
    const res = post
      ? await fetch(`${base}/api.php`, { method: 'POST', ...form(Object.fromEntries(query)), headers: { ...form({}).headers, ...jar.header() } })
      : await fetch(`${base}/api.php?${query}`, { headers: jar.header() });
    return (await jar.keep(res).json()) as Record<string, any>;
  };
  return {
    async source() {
      const r = await api({ action: 'query', prop: 'revisions', rvprop: 'content', rvslots: 'main', titles: title });
      return r.query.pages[0].revisions[0].slots.main.content as string;
    },
    async save(text) {
      const token = (await api({ action: 'query', meta: 'tokens' })).query.tokens.csrftoken as string;
      const r = await api({ action: 'edit', title, text, token, summary: 'benchmark edit' }, true);
      if (r.edit?.result !== 'Success') throw new Error(`mediawiki: edit failed: ${JSON.stringify(r.error ?? r)}`);
    },
  };
}
