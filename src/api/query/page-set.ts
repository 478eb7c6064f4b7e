/**
 * The pages an action=query works on (MediaWiki's ApiPageSet): from titles=, pageids=,
 * revids= or a generator; titles normalised (the `normalized` block), redirects followed
 * with `redirects` (the `redirects` block), and missing, invalid, special and interwiki titles
 * kept apart as MediaWiki reports them.
 */
import type { Title } from '../../core/title.ts';
import type { PageRecord } from '../../storage/repository.ts';
import type { ApiContext, ApiObject } from '../api-context.ts';
import { ApiError } from '../errors.ts';

/** One existing page of the set and the object its properties are written into. */
export interface SetPage {
  title: Title;
  page: PageRecord;
  /** With revids=: the revisions asked for. */
  revIds?: number[];
  out: ApiObject;
}

export class PageSet {
  readonly good: SetPage[] = [];
  /** Missing, invalid and special entries, in the order met. */
  readonly other: ApiObject[] = [];
  readonly normalized: ApiObject[] = [];
  readonly redirects: ApiObject[] = [];
  readonly interwiki: ApiObject[] = [];
  readonly badRevIds: number[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly ctx: ApiContext, private readonly followRedirects: boolean) {}

  get isEmpty(): boolean {
    return this.good.length === 0 && this.other.length === 0;
  }

  /** Titles as a client typed them: normalised, then looked up. */
  addTitleTexts(texts: string[]): void {
    for (const text of texts) {
      const title = this.ctx.wiki.titles.parse(text);
      if (!title) {
        this.other.push({ title: text, invalidreason: `The requested page title is empty or contains only the name of a namespace.`, invalid: this.ctx.flag(true) });
        continue;
      }
      if (title.isExternal) {
        this.interwiki.push({ title: text, iw: title.interwiki });
        continue;
      }
      const to = title.prefixedText;
      if (to !== text) this.normalized.push(this.ctx.fv2 ? { fromencoded: false, from: text, to } : { from: text, to });
      this.addTitle(title);
    }
  }

  /** A title already normalised (generators, redirect targets). */
  addTitle(title: Title): void {
    const key = `${title.ns}:${title.dbKey}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (title.ns < 0) {
      const entry: ApiObject = { ns: title.ns, title: title.prefixedText };
      this.ctx.setFlag(entry, 'special', true);
      this.other.push(entry);
      return;
    }
    const page = this.ctx.wiki.repo.getPage(title.ns, title.dbKey);
    if (!page) {
      const entry: ApiObject = { ns: title.ns, title: title.prefixedText };
      this.ctx.setFlag(entry, 'missing', true);
      this.other.push(entry);
      return;
    }
    if (this.followRedirects && page.isRedirect && this.followRedirect(title, page)) return;
    this.addPage(title, page);
  }

  addPageIds(ids: string[]): void {
    for (const raw of ids) {
      const id = Number(raw);
      if (!/^\d+$/.test(raw)) throw new ApiError('badinteger', 'pageids', raw);
      const page = this.ctx.wiki.repo.getPageById(id);
      const title = page ? this.ctx.wiki.titles.makeTitle(page.namespace, page.dbKey) : null;
      if (!page || !title) {
        const entry: ApiObject = { pageid: id };
        this.ctx.setFlag(entry, 'missing', true);
        this.other.push(entry);
        continue;
      }
      this.seen.add(`${title.ns}:${title.dbKey}`);
      if (this.followRedirects && page.isRedirect && this.followRedirect(title, page)) continue;
      this.addPage(title, page);
    }
  }

  addRevIds(ids: string[]): void {
    for (const raw of ids) {
      if (!/^\d+$/.test(raw)) throw new ApiError('badinteger', 'revids', raw);
      const rev = this.ctx.wiki.repo.getRevision(Number(raw));
      const page = rev ? this.ctx.wiki.repo.getPageById(rev.pageId) : null;
      const title = page ? this.ctx.wiki.titles.makeTitle(page.namespace, page.dbKey) : null;
      if (!rev || !page || !title) {
        this.badRevIds.push(Number(raw));
        continue;
      }
      const existing = this.good.find((g) => g.page.pageId === page.pageId);
      if (existing) existing.revIds!.push(rev.revId);
      else this.good.push({ title, page, revIds: [rev.revId], out: this.pageOut(title, page) });
    }
  }

  private addPage(title: Title, page: PageRecord): void {
    if (this.good.some((g) => g.page.pageId === page.pageId)) return;
    this.good.push({ title, page, out: this.pageOut(title, page) });
  }

  private pageOut(title: Title, page: PageRecord): ApiObject {
    return { pageid: page.pageId, ns: title.ns, title: title.prefixedText };
  }

  /** Follows a redirect chain (each hop recorded); false when the page is kept as it is. */
  private followRedirect(from: Title, page: PageRecord): boolean {
    const rev = this.ctx.wiki.repo.getLatestRevision(page.pageId);
    const view = rev ? this.ctx.wiki.getPage(from) : null;
    const target = view?.redirectTarget;
    if (!target || (target.ns === from.ns && target.dbKey === from.dbKey)) return false;
    const entry: ApiObject = { from: from.prefixedText, to: target.prefixedText };
    if (target.fragment) entry.tofragment = target.fragment;
    if (target.isExternal) entry.tointerwiki = target.interwiki;
    this.redirects.push(entry);
    if (!target.isExternal) this.addTitle(this.ctx.wiki.titles.makeTitle(target.ns, target.dbKey) ?? target);
    return true;
  }

  /** Writes the page set's blocks into the query result. */
  output(query: ApiObject, indexPageIds: boolean): void {
    if (this.normalized.length) query.normalized = this.normalized;
    if (this.redirects.length) query.redirects = this.redirects;
    if (this.interwiki.length) query.interwiki = this.interwiki;
    if (this.badRevIds.length) {
      const bad = this.badRevIds.map((revid) => ({ revid, missing: this.ctx.flag(true) }));
      query.badrevids = this.ctx.fv2 ? bad : Object.fromEntries(bad.map((b) => [String(b.revid), b]));
    }
    if (this.isEmpty) return;
    const good = [...this.good].sort((a, b) => a.page.pageId - b.page.pageId);
    const entries: Array<[string, ApiObject]> = [];
    let fake = 0;
    for (const o of this.other) entries.push([o.pageid !== undefined ? String(o.pageid) : String(--fake), o]);
    for (const g of good) entries.push([String(g.page.pageId), g.out]);
    if (indexPageIds) query.pageids = entries.map(([k]) => k);
    query.pages = this.ctx.fv2 ? entries.map(([, o]) => o) : Object.fromEntries(entries);
  }
}
