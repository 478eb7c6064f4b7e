/**
 * What one parse produces (MediaWiki's ParserOutput): the HTML body plus everything the
 * wiki around the page needs — links for the link tables, templates for re-rendering when
 * a template changes, categories, sections for the TOC and section editing, diagnostics.
 */
import type { Title } from './title.ts';

export interface SectionInfo {
  /** 1..6 */
  level: number;
  /** Heading text as HTML (without the number). */
  line: string;
  /** TOC number, e.g. "2.1". */
  number: string;
  /** Section index for editing ("1", "2", ... or "T-1" for sections from templates). */
  index: string;
  /** The page the heading came from ('' when from this page). */
  fromTitle: string;
  /** Byte offset of the heading in the source, or null when it came from a template. */
  byteOffset: number | null;
  /** Anchor id of the heading. */
  anchor: string;
}

export interface Diagnostic {
  /** Stable code, e.g. "template-loop", "cite_error_ref_no_key", "limit-expansion-depth". */
  code: string;
  message: string;
  /** Source offset, when known. */
  offset?: number;
}

export interface LimitReportEntry {
  value: number;
  limit: number;
}

export class ParserOutput {
  html = '';
  /** HTML of the table of contents when one was generated (also inside `html`). */
  tocHtml = '';
  displayTitle: string | null = null;
  /**
   * The page title as HTML when no DISPLAYTITLE is set: the title converted to the reader's
   * variant (or set by a -{T|}- rule), in MediaWiki's mw-page-title-* spans.
   */
  titleText: string | null = null;
  /** Internal links: "ns:dbKey" → title. */
  readonly links = new Map<string, Title>();
  /** Transcluded pages: "ns:dbKey" → revision id used (0 when missing). */
  readonly templates = new Map<string, { title: Title; revisionId: number }>();
  /** Category dbKey → sort key ('' for the default). In order of appearance. */
  readonly categories = new Map<string, string>();
  readonly externalLinks = new Set<string>();
  /** File dbKeys used on the page. */
  readonly images = new Set<string>();
  /** Language links as "prefix:Title". */
  readonly languageLinks: string[] = [];
  /** Interwiki links as "prefix:Title". */
  readonly interwikiLinks = new Set<string>();
  readonly sections: SectionInfo[] = [];
  /** Page properties: defaultsort, notoc, noeditsection, forcetoc, displaytitle ... */
  readonly properties = new Map<string, string>();
  readonly diagnostics: Diagnostic[] = [];
  /** Tracking categories added by the parser (already in `categories` too). */
  readonly trackingCategories = new Set<string>();
  readonly limitReport: Record<string, LimitReportEntry> = {};
  /** Arbitrary data kept by extensions between stages. */
  readonly extensionData = new Map<string, unknown>();
  /** Whether the output depends on the clock or other volatile input (shorter cache life). */
  volatile = false;
  /**
   * MediaWiki's ParserOutputFlags set during the parse: vary-revision-id,
   * vary-revision-timestamp, vary-revision-sha1, vary-revision-exists, vary-user (the output
   * depends on the revision being saved), user-signature (~~~~ expanded), show-toc.
   */
  readonly flags = new Set<string>();
  /** Page status indicators (<indicator name=...>): name → HTML, in order of appearance. */
  readonly indicators = new Map<string, string>();

  addLink(title: Title): void {
    if (title.isExternal || title.ns < 0) return;
    this.links.set(`${title.ns}:${title.dbKey}`, title);
  }

  addTemplate(title: Title, revisionId: number): void {
    this.templates.set(`${title.ns}:${title.dbKey}`, { title, revisionId });
  }

  addCategory(dbKey: string, sortKey: string): void {
    this.categories.set(dbKey, sortKey);
  }

  setIndicator(name: string, html: string): void {
    this.indicators.set(name, html);
  }

  addDiagnostic(code: string, message: string, offset?: number): void {
    this.diagnostics.push(offset === undefined ? { code, message } : { code, message, offset });
  }
}
