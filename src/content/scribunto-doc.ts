/**
 * A module's documentation page (Scribunto::getDocPage, isDocPage): `Module:X/doc` by the
 * message scribunto-doc-page-name, which a wiki may rename or disable.
 */
import { NS_MODULE } from '../core/namespace.ts';
import type { Title } from '../core/title.ts';
import type { ContentEnv } from './content-handler.ts';
import { contentMessage } from './content-messages.ts';

/** The doc page of a module, or null when the wiki has none. */
export function docPageOf(env: ContentEnv, module: Title): Title | null {
  const name = contentMessage(env, 'scribunto-doc-page-name', module.text);
  return name === null ? null : env.titles.parse(name);
}

/** The module a doc page documents, or null when `title` is not a module's doc page. */
export function moduleOfDocPage(env: ContentEnv, title: Title): Title | null {
  const pattern = contentMessage(env, 'scribunto-doc-page-name', '\u0000');
  if (pattern === null || title.ns !== NS_MODULE) return null;
  const patternTitle = env.titles.parse(pattern.replace('\u0000', 'X'));
  if (!patternTitle || patternTitle.ns !== NS_MODULE) return null;
  const [before, after] = pattern.split('\u0000');
  const text = title.prefixedText;
  if (after === undefined || !text.startsWith(before) || !text.endsWith(after) || text.length <= before.length + after.length) return null;
  return env.titles.makeTitle(NS_MODULE, text.slice(before.length, text.length - after.length));
}
