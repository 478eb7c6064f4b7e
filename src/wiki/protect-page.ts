/**
 * Protecting a page, as MediaWiki's WikiPage::doUpdateRestrictions: edit and move levels
 * ('' for everyone, 'autoconfirmed', 'sysop') with an expiry each; a null revision records
 * the change in the history, and the protection log says protect, modify or unprotect.
 */
import type { Title } from '../core/title.ts';
import type { PageRestriction } from '../storage/restriction-store.ts';
import { checkBlocked } from '../community/block-check.ts';
import { OperationError } from './operation-error.ts';
import { activeRestrictions, restrictionLevels, restrictionTypes } from './protection.ts';
import { describeExpiry, parseExpiry } from './protection-expiry.ts';
import { resolvePageTitle } from './resolve-title.ts';
import { isoTimestamp } from './timestamp.ts';
import { requireRight, type Actor } from './user-rights.ts';
import type { Wiki } from './wiki.ts';

export interface ProtectInput extends Actor {
  title: Title | string;
  /** Level per action: edit, move ('' or absent: no protection). */
  levels: Partial<Record<string, string>>;
  /** Expiry per action (see parseExpiry); default infinite. */
  expiry?: Partial<Record<string, string>>;
  reason?: string;
}

export interface ProtectResult {
  title: Title;
  /** protect, modify or unprotect; null when nothing changed. */
  action: string | null;
  restrictions: PageRestriction[];
  logId: number | null;
}

const levelNames: Record<string, string> = { autoconfirmed: 'Allow only autoconfirmed users', sysop: 'Allow only administrators' };

export function protectPage(wiki: Wiki, input: ProtectInput): ProtectResult {
  const title = resolvePageTitle(wiki, input.title);
  requireRight(input, 'protect');
  checkBlocked(wiki, input, title);
  const restrictions: PageRestriction[] = [];
  for (const type of restrictionTypes) {
    const level = input.levels[type] ?? '';
    if (!(restrictionLevels as readonly string[]).includes(level)) throw new OperationError('protect-invalidlevel', `Invalid protection level "${level}".`);
    if (level !== '') restrictions.push({ type, level, expiry: parseExpiry(input.expiry?.[type] ?? '') });
  }
  return wiki.repo.transaction(() => {
    const page = wiki.repo.getPage(title.ns, title.dbKey);
    if (!page) throw new OperationError('missingtitle', `The page "${title.prefixedText}" does not exist.`);
    const before = activeRestrictions(wiki, page.pageId);
    const same = (a: PageRestriction[], b: PageRestriction[]) =>
      JSON.stringify(a.map((r) => [r.type, r.level, r.expiry])) === JSON.stringify(b.map((r) => [r.type, r.level, r.expiry]));
    if (same(before, restrictions)) return { title, action: null, restrictions, logId: null };
    const action = restrictions.length === 0 ? 'unprotect' : before.length === 0 ? 'protect' : 'modify';
    wiki.repo.setRestrictions(page.pageId, restrictions);
    const user = input.user ?? '127.0.0.1';
    const reason = input.reason ?? '';
    const timestamp = isoTimestamp();
    const description = restrictions.map((r) => `[${r.type}=${r.level}] ${describeExpiry(r.expiry)}`).join(' ');
    const wording = restrictions.map((r) => `[${r.type[0].toUpperCase()}${r.type.slice(1)}=${levelNames[r.level] ?? r.level}] ${describeExpiry(r.expiry)}`).join(' ');
    const lead = { protect: 'Protected', modify: 'Changed protection settings for', unprotect: 'Removed protection from' }[action];
    const current = wiki.repo.getLatestRevision(page.pageId)!;
    wiki.repo.saveRevision({
      namespace: title.ns, dbKey: title.dbKey, text: current.text, timestamp, userName: user, userId: input.userId || null, minor: true,
      comment: `${lead} "[[${title.prefixedText}]]"${reason ? `: ${reason}` : ''}${wording ? ` (${wording})` : ''}`,
      model: current.model, format: current.format, isRedirect: page.isRedirect, recordChange: false,
    });
    const logId = wiki.repo.addLogEntry({
      type: 'protect', action, timestamp, userName: user, userId: input.userId ?? 0, namespace: title.ns, dbKey: title.dbKey, pageId: page.pageId,
      comment: reason, params: { description, details: restrictions },
    });
    return { title, action, restrictions, logId };
  });
}
