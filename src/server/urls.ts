/**
 * The wiki's URL scheme, as MediaWiki builds it: article URLs from wgArticlePath
 * ("/wiki/$1"), everything else through index.php under wgScriptPath with `title` first.
 */
import type { SiteConfig } from '../core/site-config.ts';
import type { Title } from '../core/title.ts';

/** MediaWiki's wfUrlencode: percent-encodes all but a few characters safe in paths. */
export function wfUrlencode(s: string): string {
  return encodeURIComponent(s).replace(/%(3B|40|24|21|2A|28|29|2C|2F|7E|3A)/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** Anchor part of a URL for a fragment, as MediaWiki's escapeIdForLink (html5 mode). */
export function fragmentPart(fragment: string): string {
  return fragment ? `#${encodeURI(fragment.replace(/ /g, '_')).replace(/%25/g, '%')}` : '';
}

export class Urls {
  constructor(private readonly config: SiteConfig) {}

  get scriptPath(): string {
    return `${this.config.wgScriptPath}/index.php`;
  }

  /** /wiki/Title (with fragment when the title has one). */
  article(title: Title | string): string {
    const key = typeof title === 'string' ? title.replace(/ /g, '_') : title.prefixedDBKey;
    const fragment = typeof title === 'string' ? '' : fragmentPart(title.fragment);
    return this.config.wgArticlePath.replace('$1', wfUrlencode(key)) + fragment;
  }

  /** /index.php?title=Title&key=value... ; without parameters, the article URL. */
  action(title: Title | string, params: Record<string, string | number | undefined> = {}): string {
    const entries = Object.entries(params).filter(([, v]) => v !== undefined) as Array<[string, string | number]>;
    if (entries.length === 0) return this.article(title);
    const key = typeof title === 'string' ? title.replace(/ /g, '_') : title.prefixedDBKey;
    const query = entries.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`).join('&');
    return `${this.scriptPath}?title=${wfUrlencode(key)}&${query}`;
  }

  static(file: string): string {
    return `${this.config.wgScriptPath}/static/${file}`;
  }

  /** The action API's endpoint. */
  api(): string {
    return `${this.config.wgScriptPath}/api.php`;
  }
}
