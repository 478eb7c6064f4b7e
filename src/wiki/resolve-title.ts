/**
 * A page title from a string or Title, refused when it cannot name a stored page.
 */
import type { Title } from '../core/title.ts';
import { OperationError } from './operation-error.ts';
import type { Wiki } from './wiki.ts';

export function resolvePageTitle(wiki: Wiki, title: Title | string): Title {
  const t = typeof title === 'string' ? wiki.titles.parse(title) : title;
  if (!t || t.isExternal || t.ns < 0 || t.dbKey === '') {
    throw new OperationError('invalidtitle', `invalid title: ${JSON.stringify(typeof title === 'string' ? title : title.prefixedText)}`);
  }
  return t.fragment ? wiki.titles.makeTitle(t.ns, t.dbKey)! : t;
}
