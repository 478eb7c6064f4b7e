/**
 * The rights MediaWiki asks, beyond `edit`, of whoever edits interface and configuration
 * pages: every MediaWiki: page needs editinterface ($wgNamespaceProtection); site CSS,
 * JavaScript and JSON pages also editsitecss / editsitejs / editsitejson; a user's .css,
 * .js and .json subpages editmyuser* for their owner and edituser* for anyone else. The
 * site styles and script are served to every reader, so these are what keep them safe.
 */
import { NS_MEDIAWIKI, NS_USER } from '../core/namespace.ts';
import type { Title } from '../core/title.ts';

const suffixByModel: Record<string, string> = { css: 'css', javascript: 'js', json: 'json' };

export function configPageRights(title: Title, model: string, userName: string): string[] {
  const kind = suffixByModel[model];
  if (title.ns === NS_MEDIAWIKI) return kind ? ['editinterface', `editsite${kind}`] : ['editinterface'];
  if (title.ns === NS_USER && kind && title.dbKey.includes('/')) {
    const owner = title.dbKey.slice(0, title.dbKey.indexOf('/'));
    return [owner === userName.replace(/ /g, '_') ? `editmyuser${kind}` : `edituser${kind}`];
  }
  return [];
}
