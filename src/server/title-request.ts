/**
 * Which page a request is about, and whether its URL is the canonical one. MediaWiki
 * normalises the title (underscores and spaces, first-letter case, namespace aliases) and
 * answers a non-canonical URL for reading with a 301 to the canonical one.
 */
import type { Title, TitleParser } from '../core/title.ts';

export type TitleResolution =
  | { kind: 'title'; title: Title; canonical: boolean }
  | { kind: 'external'; url: string }
  | { kind: 'invalid'; text: string };

/** Decodes a path segment as MediaWiki does ('+' stays a plus), tolerating stray '%'. */
export function decodePathTitle(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function resolveTitle(titles: TitleParser, text: string): TitleResolution {
  const title = titles.parse(text);
  if (!title) return { kind: 'invalid', text };
  if (title.isExternal) {
    const entry = titles.getInterwiki(title.interwiki);
    const key = title.prefixedDBKey.slice(title.interwiki.length + 1);
    if (entry) return { kind: 'external', url: entry.url.replace('$1', encodeURIComponent(key).replace(/%2F/g, '/').replace(/%3A/g, ':')) };
    return { kind: 'invalid', text };
  }
  return { kind: 'title', title, canonical: text === title.prefixedDBKey && title.fragment === '' };
}
