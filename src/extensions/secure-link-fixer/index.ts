/**
 * The SecureLinkFixer extension: external links written with http:// (or protocol-relative)
 * to a host on the HSTS preload list point to https:// instead. The list is the one the
 * system's MediaWiki installation ships; without it links are left as written.
 */
import type { ExtensionDefinition } from '../extension.ts';
import { HstsPreloadList } from './hsts-preload-list.ts';

/** Where the Debian mediawiki package installs SecureLinkFixer's list. */
export const systemDomainsFile = '/usr/share/mediawiki/extensions-core/SecureLinkFixer/domains.php';

/** The https:// form of `url` when its host is preloaded, else `url` (the LinkerMakeExternalLink hook). */
export function secureUrl(url: string, list: HstsPreloadList): string {
  if (url.startsWith('https://')) return url;
  const m = /^(http:)?\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/.exec(url);
  if (!m || m[2] === '') return url;
  if (!list.isPreloaded(m[2])) return url;
  return `https:${url.slice(m[1] ? m[1].length : 0)}`;
}

/** The extension over a given list (null: no list, links unchanged). */
export function secureLinkFixer(loadList: () => HstsPreloadList | null): ExtensionDefinition {
  let list: HstsPreloadList | null | undefined;
  return {
    name: 'SecureLinkFixer',
    externalLinkHref: (url) => {
      if (list === undefined) list = loadList();
      return list ? secureUrl(url, list) : url;
    },
  };
}

export const secureLinkFixerExtension = secureLinkFixer(() => HstsPreloadList.fromFile(systemDomainsFile));
