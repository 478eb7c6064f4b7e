/**
 * Page protection (MediaWiki's page_restrictions): per page and action (edit, move), the
 * group needed ('autoconfirmed', 'sysop') and an expiry ('infinity' or an ISO timestamp).
 */
export interface PageRestriction {
  type: string;
  level: string;
  expiry: string;
}

export interface RestrictionStore {
  getRestrictions(pageId: number): PageRestriction[];
  /** Replaces the page's restrictions with these (an empty list unprotects). */
  setRestrictions(pageId: number, restrictions: PageRestriction[]): void;
}
