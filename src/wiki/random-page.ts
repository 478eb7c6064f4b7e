/**
 * Special:Random: a random page of the main namespace that is not a redirect.
 */
import { NS_MAIN } from '../core/namespace.ts';
import type { Title } from '../core/title.ts';
import type { Wiki } from './wiki.ts';

export function randomPage(wiki: Wiki, namespace = NS_MAIN): Title | null {
  for (let attempt = 0; attempt < 5; attempt++) {
    const page = wiki.repo.randomPage(namespace);
    if (!page) return null;
    if (!page.isRedirect || attempt === 4) return wiki.titles.makeTitle(page.namespace, page.dbKey);
  }
  return null;
}
