/**
 * The editor's calls to api.php: rendering text (action=parse) and page titles by prefix
 * (list=allpages with apprefix). Both take an AbortSignal so a newer request can cancel an
 * older one.
 */

export interface ParseResult {
  html: string;
}

async function call(api: string, params: Record<string, string>, signal: AbortSignal, post = false): Promise<any> {
  const body = new URLSearchParams({ ...params, format: 'json', formatversion: '2' });
  const response = post
    ? await fetch(api, { method: 'POST', body, signal, credentials: 'same-origin' })
    : await fetch(`${api}?${body}`, { signal, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`The server answered ${response.status} ${response.statusText}`);
  const data = await response.json();
  if (data.error) throw new Error(data.error.info ?? data.error.code ?? 'The server reported an error');
  return data;
}

export async function parseText(api: string, title: string, text: string, signal: AbortSignal): Promise<ParseResult> {
  const data = await call(api, { action: 'parse', title, text, prop: 'text', preview: '1', disableeditsection: '1' }, signal, true);
  const html = data.parse?.text;
  return { html: typeof html === 'string' ? html : (html?.['*'] ?? '') };
}

export async function titlesWithPrefix(api: string, namespace: number, prefix: string, signal: AbortSignal, limit = 10): Promise<string[]> {
  const data = await call(api, { action: 'query', list: 'allpages', apnamespace: String(namespace), apprefix: prefix, aplimit: String(limit) }, signal);
  return (data.query?.allpages ?? []).map((p: { title: string }) => p.title);
}
