/**
 * Page titles, normalised as MediaWiki 1.39 does (MediaWikiTitleCodec): entities decoded,
 * underscores and runs of white space folded, namespace and interwiki prefixes split off,
 * the first letter capitalised, illegal characters and relative paths refused.
 */
import { decodeCharReferences } from './html-entities.ts';
import { NamespaceInfo, NS_MAIN, NS_SPECIAL, NS_FILE, NS_MEDIA, NS_CATEGORY, NS_TALK } from './namespace.ts';
import type { SiteConfig, InterwikiEntry } from './site-config.ts';

export class Title {
  constructor(
    /** Namespace id. */
    readonly ns: number,
    /** Title text without namespace, underscores for spaces: 'Kagamine_Len'. */
    readonly dbKey: string,
    /** Local namespace name in DB-key form, '' for main. */
    readonly nsName: string,
    /** Fragment after '#', with spaces ('' when none). */
    readonly fragment = '',
    /** Interwiki prefix (lower case), '' for local titles. */
    readonly interwiki = '',
  ) {}

  /** Title text without namespace, with spaces: 'Kagamine Len'. */
  get text(): string {
    return this.dbKey.replace(/_/g, ' ');
  }

  get nsText(): string {
    return this.nsName.replace(/_/g, ' ');
  }

  /** 'Template:Infobox character' (with interwiki prefix when external). */
  get prefixedText(): string {
    return this.prefixedDBKey.replace(/_/g, ' ');
  }

  /** 'Template:Infobox_character' */
  get prefixedDBKey(): string {
    const local = this.nsName ? `${this.nsName}:${this.dbKey}` : this.dbKey;
    return this.interwiki ? `${this.interwiki}:${local}` : local;
  }

  /** Prefixed text plus '#fragment' when there is one. */
  get fullText(): string {
    return this.fragment ? `${this.prefixedText}#${this.fragment}` : this.prefixedText;
  }

  get isExternal(): boolean {
    return this.interwiki !== '';
  }

  get isSpecial(): boolean {
    return this.ns === NS_SPECIAL;
  }

  get isTalk(): boolean {
    return this.ns >= NS_TALK && this.ns % 2 === 1;
  }

  /** The last part of a subpage title: 'B' for 'A/B'. */
  get subpageText(): string {
    const i = this.text.lastIndexOf('/');
    return i < 0 ? this.text : this.text.slice(i + 1);
  }

  /** Everything before the last '/': 'A' for 'A/B'. */
  get baseText(): string {
    const i = this.text.lastIndexOf('/');
    return i < 0 ? this.text : this.text.slice(0, i);
  }

  /** Everything before the first '/'. */
  get rootText(): string {
    const i = this.text.indexOf('/');
    return i < 0 ? this.text : this.text.slice(0, i);
  }

  withFragment(fragment: string): Title {
    return new Title(this.ns, this.dbKey, this.nsName, fragment, this.interwiki);
  }

  equals(other: Title): boolean {
    return this.ns === other.ns && this.dbKey === other.dbKey && this.interwiki === other.interwiki;
  }

  toString(): string {
    return this.prefixedText;
  }
}

/** Characters MediaWiki allows in titles ($wgLegalTitleChars), as a negated class. */
const illegalChar = /[^ %!"$&'()*,\-./0-9:;=?@A-Z\\^_`a-z~\u0080-\u{10FFFF}+]|%[0-9A-Fa-f]{2}|&[A-Za-z0-9\u0080-\u{10FFFF}]+;/u;
const whitespaceRun = /[ _\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
const bidiMarks = /[\u200E\u200F\u202A-\u202E]/g;

/**
 * Parses title text for one wiki. `defaultNs` is the namespace used when the text has no
 * prefix ({{Foo}} → Template:Foo). Returns null for an invalid title.
 */
export class TitleParser {
  readonly namespaces: NamespaceInfo;
  private readonly interwikis = new Map<string, InterwikiEntry>();
  private readonly localInterwikis: Set<string>;

  constructor(readonly config: SiteConfig, namespaces?: NamespaceInfo) {
    this.namespaces = namespaces ?? new NamespaceInfo(config);
    for (const iw of config.interwiki) this.interwikis.set(iw.prefix.toLowerCase(), iw);
    this.localInterwikis = new Set(config.wgLocalInterwikis.map((p) => p.toLowerCase()));
  }

  getInterwiki(prefix: string): InterwikiEntry | undefined {
    return this.interwikis.get(prefix.toLowerCase());
  }

  /** Builds a title from a namespace id and a title text (already without prefix). */
  makeTitle(ns: number, text: string, fragment = ''): Title | null {
    const name = this.namespaces.getName(ns);
    if (name === undefined) return null;
    return this.parse(name ? `${name}:${text}` : `:${text}`, NS_MAIN, fragment);
  }

  parse(text: string, defaultNs = NS_MAIN, fragmentOverride?: string): Title | null {
    // Sanitizer::decodeCharReferencesAndNormalize: NFC only when references were decoded.
    const decoded = decodeCharReferences(text);
    let key = (decoded === text ? text : decoded.normalize('NFC')).replace(bidiMarks, '').replace(whitespaceRun, '_');
    key = trimUnderscores(key);
    if (key === '' || key.includes('\uFFFD')) return null;

    let ns = defaultNs;
    let interwiki = '';
    if (key.startsWith(':')) {
      ns = NS_MAIN;
      key = trimUnderscores(key.slice(1));
    }

    for (;;) {
      const m = /^(.+?)_*:_*(.*)$/s.exec(key);
      if (!m) break;
      const nsId = this.namespaces.getId(m[1]);
      if (nsId !== undefined) {
        ns = nsId;
        key = m[2];
        // "Talk:Interwiki:X" is not allowed: a talk page can't sit on another wiki.
        if (nsId === NS_TALK && /^(.+?)_*:_*/.test(key)) {
          const iw = /^(.+?)_*:/.exec(key);
          if (iw && this.interwikis.has(iw[1].toLowerCase())) return null;
        }
        break;
      }
      if (!interwiki && this.interwikis.has(m[1].toLowerCase())) {
        interwiki = m[1].toLowerCase();
        key = m[2];
        ns = NS_MAIN;
        if (this.localInterwikis.has(interwiki)) {
          interwiki = '';
          if (key === '') return this.parse('Main Page');
          continue;
        }
        // An initial colon after the interwiki prefix is dropped ([[wikipedia::File:X]]).
        if (key.startsWith(':')) key = trimUnderscores(key.slice(1));
        break;
      }
      break;
    }

    let fragment = '';
    const hash = key.indexOf('#');
    if (hash >= 0) {
      fragment = key.slice(hash + 1).replace(/_/g, ' ');
      key = trimUnderscores(key.slice(0, hash));
    }
    if (fragmentOverride !== undefined) fragment = fragmentOverride;

    if (illegalChar.test(key)) return null;
    if (isRelativePath(key) || key.includes('~~~')) return null;
    if (Buffer.byteLength(key) > (ns === NS_SPECIAL ? 512 : 255)) return null;
    if (key.startsWith(':')) return null;
    if (key === '' && !interwiki && ns !== NS_MAIN) return null;
    // '#' alone names this page with an empty fragment (a self link, always known).
    if (key === '' && !interwiki && hash < 0 && !fragment) return null;

    if (!interwiki) key = ucfirst(key);
    const nsName = interwiki ? '' : (this.namespaces.getName(ns) ?? '');
    return new Title(interwiki ? NS_MAIN : ns, key, nsName, fragment, interwiki);
  }

  /** Parses and throws a clear error when the text is not a valid title. */
  parseOrThrow(text: string, defaultNs = NS_MAIN): Title {
    const title = this.parse(text, defaultNs);
    if (!title) throw new Error(`invalid title: ${JSON.stringify(text)}`);
    return title;
  }

  /** True for titles in namespaces that name files (File:, Media:). */
  isFileNamespace(ns: number): boolean {
    return ns === NS_FILE || ns === NS_MEDIA;
  }

  isCategory(ns: number): boolean {
    return ns === NS_CATEGORY;
  }
}

function trimUnderscores(s: string): string {
  return s.replace(/^_+|_+$/g, '');
}

function isRelativePath(key: string): boolean {
  return (
    key === '.' || key === '..' || key.startsWith('./') || key.startsWith('../') ||
    key.includes('/./') || key.includes('/../') || key.endsWith('/.') || key.endsWith('/..')
  );
}

/** Upper-cases the first character as MediaWiki's Language::ucfirst does. */
export function ucfirst(s: string): string {
  if (s === '') return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  const upper = first === 'ß' ? first : first.toUpperCase();
  return upper.length > 2 && first.length === 1 ? s : upper + s.slice(first.length);
}

export function lcfirst(s: string): string {
  if (s === '') return s;
  const first = String.fromCodePoint(s.codePointAt(0)!);
  return first.toLowerCase() + s.slice(first.length);
}
