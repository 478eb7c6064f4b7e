/**
 * Rendering: a revision → ParserOutput by its content model's handler (wikitext through the
 * parser; modules, CSS, JavaScript, JSON as source), for a stored revision (through the
 * parser cache) or for unsaved text (previews, `kagami parse`).
 */
import { createHash } from 'node:crypto';
import type { ParserOutput } from '../core/parser-output.ts';
import type { Title } from '../core/title.ts';
import type { ParserOptions } from '../parse/parser-options.ts';
import { contentHandler } from '../content/content-models.ts';
import type { PageView } from './get-page.ts';
import type { Wiki } from './wiki.ts';

/** Bump when stored parser output would change for the same input and settings. */
export const parserCacheEpoch = 2;

/** A hash of everything besides the text that changes the parser output. */
export function parserSettingsHash(wiki: Wiki): string {
  let hash = settingsHashes.get(wiki.config);
  if (hash === undefined) {
    hash = createHash('sha1').update(JSON.stringify([parserCacheEpoch, wiki.config])).digest('hex').slice(0, 16);
    settingsHashes.set(wiki.config, hash);
  }
  return hash;
}

const settingsHashes = new WeakMap<object, string>();

/** The page's output, from the parser cache when there; `fresh` parses again and replaces the cached one. */
export function renderPage(wiki: Wiki, view: PageView, opts: Partial<ParserOptions> = {}, fresh = false): ParserOutput {
  const cacheable = Object.keys(opts).length === 0;
  const key = wiki.parserCache.key(view.revision.revId, parserSettingsHash(wiki));
  if (cacheable && !fresh) {
    const hit = wiki.parserCache.get(key);
    if (hit) return hit;
  }
  const { revision, page } = view;
  const title = wiki.titles.makeTitle(page.namespace, page.dbKey) ?? view.title;
  const output = contentHandler(revision.model).fillParserOutput(wiki, revision.text, {
    title,
    revision: {
      id: revision.revId,
      parentId: revision.parentId ?? undefined,
      pageId: page.pageId,
      timestamp: revision.timestamp,
      userName: revision.userName,
      size: revision.size,
    },
    ...opts,
  });
  if (cacheable) wiki.parserCache.set(key, output, page.pageId);
  return output;
}

/** Renders text that is not stored (preview, `kagami parse`) as `model` (default wikitext); never cached. */
export function renderText(wiki: Wiki, text: string, title: Title, opts: Partial<ParserOptions> = {}, model = 'wikitext'): ParserOutput {
  return contentHandler(model).fillParserOutput(wiki, text, { title, ...opts });
}
