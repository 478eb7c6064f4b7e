/**
 * The options of one parse (MediaWiki's ParserOptions plus the page being parsed).
 */
import type { Title } from '../core/title.ts';
import type { ParserLimits } from '../core/limits.ts';

export interface RevisionContext {
  id: number;
  parentId?: number;
  pageId?: number;
  timestamp: string;
  userName: string;
  size?: number;
  /**
   * The revision is not stored yet (an edit being saved or previewed): revision magic words
   * show the parse's timestamp instead of its own, and flag the output as varying.
   */
  unsaved?: boolean;
}

export interface ParserOptions {
  /** The page being parsed (the "context title"). */
  title: Title;
  /** The revision being rendered, for {{REVISIONID}} and friends. */
  revision?: RevisionContext;
  /** The parser clock; defaults to the site's fakeTime, else the current time. */
  now?: Date;
  /** MediaWiki's ParserOptions timestamp (TS_MW) for a revision not saved yet; defaults to `now`. */
  timestamp?: string;
  /** Preview / section preview (affects {{REVISIONID}} etc.). */
  preview?: boolean;
  /** The reader's variant of the content language (zh-tw, sr-ec ...), for languages with variants. */
  variant?: string;
  /** Interface language code (int:, messages). */
  userLanguage?: string;
  /** Limit overrides for this parse. */
  limits?: Partial<ParserLimits>;
  /** Generate section edit links in the HTML (the skin may also add them). */
  editSections?: boolean;
  /** Allow raw HTML ($wgRawHtml), for parser tests only. */
  rawHtml?: boolean;
  /** Whether this is a pre-save transform pass. */
  pst?: boolean;
}
