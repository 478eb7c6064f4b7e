/**
 * A MediaWiki XML export as read and written here (schema export-0.10 / 0.11).
 */

export interface DumpNamespace {
  id: number;
  /** Name with spaces, '' for the main namespace. */
  name: string;
  case?: string;
}

export interface DumpSiteInfo {
  sitename?: string;
  dbname?: string;
  base?: string;
  generator?: string;
  case?: string;
  namespaces: DumpNamespace[];
}

export interface DumpContributor {
  username?: string;
  id?: number;
  ip?: string;
  deleted: boolean;
}

export interface DumpRevision {
  id?: number;
  parentId?: number;
  timestamp: string;
  contributor: DumpContributor;
  minor: boolean;
  comment: string;
  commentDeleted: boolean;
  model?: string;
  format?: string;
  text: string;
  textDeleted: boolean;
  /** The hash the dump gives (attribute of <text> or <sha1> element), if any. */
  sha1?: string;
  /** The `bytes` attribute of <text>: the size of the text, also given when a stub dump leaves it out. */
  textBytes?: number;
  /** The hash of `text` as read, once computed. */
  textSha1?: string;
  /** Line of the <revision> element, for messages. */
  line: number;
}

export interface DumpPage {
  title: string;
  ns?: number;
  id?: number;
  /** Target of <redirect title="..."/>, when present. */
  redirect?: string;
  revisions: DumpRevision[];
  /** Line of the <page> element, for messages. */
  line: number;
}

/** Malformed XML: one line, with where it went wrong. */
export class DumpFormatError extends Error {
  constructor(readonly reason: string, readonly line: number, readonly column: number, readonly page?: { title: string; line: number }) {
    const where = page ? ` (in page ${page.title ? `"${page.title}"` : 'without a title yet'} from line ${page.line})` : '';
    super(`malformed XML dump at line ${line}, column ${column}${where}: ${reason}`);
  }
}
