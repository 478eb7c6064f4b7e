/**
 * Namespaces as MediaWiki 1.39 (English content language) knows them: canonical names,
 * localised names (here the same), aliases, and the site's extra namespaces.
 */
import type { SiteConfig } from './site-config.ts';

export const NS_MEDIA = -2;
export const NS_SPECIAL = -1;
export const NS_MAIN = 0;
export const NS_TALK = 1;
export const NS_USER = 2;
export const NS_USER_TALK = 3;
export const NS_PROJECT = 4;
export const NS_PROJECT_TALK = 5;
export const NS_FILE = 6;
export const NS_FILE_TALK = 7;
export const NS_MEDIAWIKI = 8;
export const NS_MEDIAWIKI_TALK = 9;
export const NS_TEMPLATE = 10;
export const NS_TEMPLATE_TALK = 11;
export const NS_HELP = 12;
export const NS_HELP_TALK = 13;
export const NS_CATEGORY = 14;
export const NS_CATEGORY_TALK = 15;
export const NS_MODULE = 828;
export const NS_MODULE_TALK = 829;

const canonicalNames: Record<number, string> = {
  [NS_MEDIA]: 'Media',
  [NS_SPECIAL]: 'Special',
  [NS_MAIN]: '',
  [NS_TALK]: 'Talk',
  [NS_USER]: 'User',
  [NS_USER_TALK]: 'User_talk',
  [NS_PROJECT]: 'Project',
  [NS_PROJECT_TALK]: 'Project_talk',
  [NS_FILE]: 'File',
  [NS_FILE_TALK]: 'File_talk',
  [NS_MEDIAWIKI]: 'MediaWiki',
  [NS_MEDIAWIKI_TALK]: 'MediaWiki_talk',
  [NS_TEMPLATE]: 'Template',
  [NS_TEMPLATE_TALK]: 'Template_talk',
  [NS_HELP]: 'Help',
  [NS_HELP_TALK]: 'Help_talk',
  [NS_CATEGORY]: 'Category',
  [NS_CATEGORY_TALK]: 'Category_talk',
  [NS_MODULE]: 'Module',
  [NS_MODULE_TALK]: 'Module_talk',
};

export const builtinAliases: Record<string, number> = {
  Image: NS_FILE,
  Image_talk: NS_FILE_TALK,
  Project: NS_PROJECT,
  Project_talk: NS_PROJECT_TALK,
};

/** Lower-cases a namespace name and writes spaces as underscores, for look-ups. */
export function namespaceKey(name: string): string {
  return name.trim().replace(/[ _]+/g, '_').toLowerCase();
}

/**
 * The namespace table of one wiki. Names are stored in DB-key form (underscores);
 * `getName` gives the local name, `getId` resolves names and aliases case-insensitively.
 */
export class NamespaceInfo {
  private readonly names = new Map<number, string>();
  private readonly canonical = new Map<number, string>();
  private readonly byKey = new Map<string, number>();

  constructor(config: SiteConfig) {
    const meta = config.wgMetaNamespace.replace(/ /g, '_');
    for (const [id, name] of Object.entries(canonicalNames)) this.add(Number(id), name);
    this.names.set(NS_PROJECT, meta);
    this.names.set(NS_PROJECT_TALK, `${meta}_talk`);
    for (const [id, name] of Object.entries(config.wgExtraNamespaces)) this.add(Number(id), name.replace(/ /g, '_'));
    for (const [id, name] of this.names) this.byKey.set(namespaceKey(name), id);
    for (const [id, name] of this.canonical) this.byKey.set(namespaceKey(name), id);
    for (const [alias, id] of Object.entries({ ...builtinAliases, ...config.wgNamespaceAliases })) {
      this.byKey.set(namespaceKey(alias), id);
    }
  }

  private add(id: number, name: string): void {
    this.names.set(id, name);
    this.canonical.set(id, name);
  }

  /** Local name in DB-key form ('' for the main namespace); undefined if unknown. */
  getName(id: number): string | undefined {
    return this.names.get(id);
  }

  /** Local name with spaces, as shown to readers. */
  getText(id: number): string | undefined {
    return this.names.get(id)?.replace(/_/g, ' ');
  }

  getCanonicalName(id: number): string | undefined {
    return this.canonical.get(id);
  }

  /** Resolves a namespace name or alias (any case, spaces or underscores). */
  getId(name: string): number | undefined {
    return this.byKey.get(namespaceKey(name));
  }

  exists(id: number): boolean {
    return this.names.has(id);
  }

  ids(): number[] {
    return [...this.names.keys()].sort((a, b) => a - b);
  }

  isTalk(id: number): boolean {
    return id > NS_MAIN && id % 2 === 1;
  }

  subject(id: number): number {
    return this.isTalk(id) ? id - 1 : id;
  }

  talk(id: number): number {
    return id >= NS_MAIN && id % 2 === 0 ? id + 1 : id;
  }

  /** Namespaces whose pages may have subpages (MediaWiki's $wgNamespacesWithSubpages). */
  hasSubpages(id: number): boolean {
    return this.subpageNamespaces.has(id);
  }

  /** Turns subpages on or off for one namespace (parser tests turn them on for main). */
  setSubpages(id: number, on: boolean): void {
    if (on) this.subpageNamespaces.add(id);
    else this.subpageNamespaces.delete(id);
  }

  private readonly subpageNamespaces = new Set<number>([
    NS_TALK, NS_USER, NS_USER_TALK, NS_PROJECT, NS_PROJECT_TALK, NS_FILE_TALK, NS_MEDIAWIKI,
    NS_MEDIAWIKI_TALK, NS_TEMPLATE, NS_TEMPLATE_TALK, NS_HELP, NS_HELP_TALK, NS_CATEGORY_TALK,
    NS_MODULE, NS_MODULE_TALK,
  ]);
}
