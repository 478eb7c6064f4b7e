/**
 * Page protection in force: restrictions whose expiry has not passed, and the check an edit or
 * a move makes against them (MediaWiki's RestrictionStore and PermissionManager checks).
 */
import type { PageRestriction } from '../storage/restriction-store.ts';
import { PermissionError, rightForLevel, type Actor } from './user-rights.ts';
import { isoTimestamp } from './timestamp.ts';
import type { Wiki } from './wiki.ts';

export const restrictionTypes = ['edit', 'move'] as const;
export const restrictionLevels = ['', 'autoconfirmed', 'sysop'] as const;

export class ProtectedPageError extends PermissionError {
  constructor(readonly action: string, readonly level: string) {
    super(rightForLevel(level) ?? level, 'protectedpage');
    this.message = `this page is protected: ${action} needs the "${level}" level`;
  }
}

export function isExpired(expiry: string, now = isoTimestamp()): boolean {
  return expiry !== 'infinity' && expiry <= now;
}

/** The page's restrictions still in force. */
export function activeRestrictions(wiki: Wiki, pageId: number): PageRestriction[] {
  const now = isoTimestamp();
  return wiki.repo.getRestrictions(pageId).filter((r) => !isExpired(r.expiry, now));
}

/** Throws ProtectedPageError when the actor lacks the level protecting `action` on the page. */
export function checkRestriction(wiki: Wiki, pageId: number | undefined, action: string, actor: Actor): void {
  if (!actor.rights || pageId === undefined) return;
  for (const r of activeRestrictions(wiki, pageId)) {
    if (r.type !== action) continue;
    const right = rightForLevel(r.level);
    if (right && !actor.rights.includes(right)) throw new ProtectedPageError(action, r.level);
  }
}
