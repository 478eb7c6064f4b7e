/**
 * Interface messages content handlers show, in the content language, overridable by the
 * wiki's own MediaWiki: pages as in MediaWiki (a page whose text is "-" disables the
 * message). Parameters are $1, $2 ...
 */
import { NS_MEDIAWIKI } from '../core/namespace.ts';
import type { ContentEnv } from './content-handler.ts';

const defaults: Record<string, string> = {
  'scribunto-doc-page-name': 'Module:$1/doc',
  'scribunto-doc-page-show': '{{$1}}\n<hr />',
  'scribunto-doc-page-does-not-exist': "''Documentation for this module may be created at [[$1]]''",
  'scribunto-doc-page-header': "'''This is the documentation page for [[$1]]'''",
  'scribunto-module-with-errors-category': 'Scribunto modules with errors',
};

/** The message's text with its parameters, or null when the wiki disabled it. */
export function contentMessage(env: ContentEnv, key: string, ...params: string[]): string | null {
  const title = env.titles.makeTitle(NS_MEDIAWIKI, key.charAt(0).toUpperCase() + key.slice(1));
  const override = title ? env.data.getPage(title) : null;
  const text = override ? override.text : defaults[key];
  if (text === undefined || text.trim() === '-') return null;
  return text.replace(/\$(\d+)/g, (m, n: string) => params[Number(n) - 1] ?? m);
}
