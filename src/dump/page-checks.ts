/**
 * Checks on a page read from a dump before it is stored: its namespace must be one the
 * dump's <siteinfo> declares, no revision text may exceed the size limit, and a text must
 * match the sha1 the dump gives for it (or be a CR LF text read back with LF line ends, which
 * XML does). Empty texts are allowed but reported.
 */
import { byteLength, sha1Base36 } from '../storage/sha1.ts';
import { DumpPageError } from './dump-errors.ts';
import type { DumpPage } from './dump-types.ts';

export interface PageCheckContext {
  /** Namespace numbers declared by the dump; null when it has no <siteinfo>. */
  namespaces: Set<number> | null;
  /** Largest revision text accepted, in bytes. */
  maxRevisionBytes: number;
}

/** MediaWiki's default $wgMaxArticleSize (2048 KiB). */
export const defaultMaxRevisionBytes = 2048 * 1024;

/** Throws DumpPageError for a page that must not be imported; returns warnings otherwise. */
export function checkPage(page: DumpPage, ctx: PageCheckContext): string[] {
  const fail = (reason: string): never => {
    throw new DumpPageError(reason, page.title, page.line);
  };
  if (page.ns !== undefined && ctx.namespaces && !ctx.namespaces.has(page.ns)) {
    fail(`namespace ${page.ns} is not declared in the dump's <siteinfo>`);
  }
  const warnings: string[] = [];
  for (const rev of page.revisions) {
    const which = `revision ${rev.id ?? '?'} (line ${rev.line})`;
    if (rev.textDeleted) continue;
    if (rev.text === '' && rev.textBytes) fail(`${which} has no text, though <text bytes="${rev.textBytes}">: a stub dump without page texts?`);
    const bytes = byteLength(rev.text);
    if (bytes > ctx.maxRevisionBytes) fail(`${which} has ${bytes} bytes of text, more than the limit of ${ctx.maxRevisionBytes}`);
    rev.textSha1 = sha1Base36(rev.text);
    if (rev.sha1 && rev.sha1 !== rev.textSha1) {
      // XML turns CR LF into LF: a text saved with CR LF line ends is read back without them.
      if (!rev.text.includes('\n') || sha1Base36(rev.text.replace(/\n/g, '\r\n')) !== rev.sha1) fail(`${which}: text does not match its sha1 ${rev.sha1}`);
      warnings.push(`line ${rev.line}: page "${page.title}" ${which.replace(/ \(line \d+\)$/, '')} was saved with CR LF line ends; stored with LF, as XML reads it`);
    }
    if (rev.text === '') warnings.push(`line ${rev.line}: page "${page.title}" ${which.replace(/ \(line \d+\)$/, '')} has empty text`);
  }
  return warnings;
}
