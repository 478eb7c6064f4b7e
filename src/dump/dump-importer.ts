/**
 * Writes pages read from a dump into a wiki, in batches: each batch is one transaction that
 * also advances the resume checkpoint and queues the pages for re-rendering, so an import
 * stopped at any moment leaves whole pages and a checkpoint that names them.
 * Revision and page ids are kept when free; revisions already present (same id on the page,
 * or same timestamp and text) are skipped, so importing a dump twice adds nothing.
 */
import { sha1Base36 } from '../storage/sha1.ts';
import { parseRedirect } from '../wiki/redirect.ts';
import { siteInfoMetaKey, type StoredSiteInfo } from '../wiki/site-config-loader.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { defaultContentFormat, defaultContentModel } from './content-model.ts';
import { DumpPageError } from './dump-errors.ts';
import { DumpTitles } from './dump-title.ts';
import type { DumpPage, DumpRevision, DumpSiteInfo } from './dump-types.ts';
import type { CheckpointStore } from './import-checkpoint.ts';
import { queueRefresh } from './import-jobs.ts';
import { checkPage, defaultMaxRevisionBytes } from './page-checks.ts';

export interface ImportStats {
  /** Pages that got at least one new revision. */
  pages: number;
  revisions: number;
  /** Revisions already in the wiki. */
  skippedRevisions: number;
  /** Pages left out (bad title, or refused with `skipInvalid`), with the reason in `warnings`. */
  skippedPages: number;
  /** Pages passed over because an earlier, interrupted run of the same dump committed them. */
  resumedPages: number;
  /** Revisions with empty text (imported, and reported). */
  emptyTexts: number;
  /** The first warnings (at most `maxKeptWarnings`); `warningCount` counts them all. */
  warnings: string[];
  warningCount: number;
  /** refreshLinks jobs queued for the imported pages (rendering, link tables). */
  queuedJobs: number;
}

export interface ImporterOptions {
  /** Pages per transaction (default 100; a batch also ends at 1,000 revisions). */
  batchPages?: number;
  /** Report refused pages as warnings and go on, instead of stopping at the first. */
  skipInvalid?: boolean;
  maxRevisionBytes?: number;
  onWarning?(warning: string): void;
}

const maxKeptWarnings = 1000;

interface Pending {
  page: DumpPage;
  ns: number;
  dbKey: string;
}

export class DumpImporter {
  readonly stats: ImportStats = {
    pages: 0, revisions: 0, skippedRevisions: 0, skippedPages: 0, resumedPages: 0, emptyTexts: 0, warnings: [], warningCount: 0, queuedJobs: 0,
  };
  private titles = new DumpTitles([]);
  private namespaces: Set<number> | null = null;
  private pending: Pending[] = [];
  private pendingRevisions = 0;
  /** Index (in file order) of the next page not yet handled. */
  private nextIndex = 0;
  private savedIndex = 0;

  constructor(
    private readonly wiki: Wiki,
    private readonly opts: ImporterOptions,
    private readonly checkpoint: CheckpointStore | null,
    private readonly resumeFrom: number,
  ) {
    this.savedIndex = resumeFrom;
  }

  siteInfo(info: DumpSiteInfo): void {
    this.titles = new DumpTitles(info.namespaces);
    this.namespaces = info.namespaces.length ? new Set(info.namespaces.map((ns) => ns.id)) : null;
    const previous = this.wiki.repo.getMeta(siteInfoMetaKey);
    const stored: StoredSiteInfo = previous ? JSON.parse(previous) : { namespaces: [] };
    const namespaces = new Map(stored.namespaces.map((ns) => [ns.id, ns]));
    for (const ns of info.namespaces) namespaces.set(ns.id, ns);
    const merged: StoredSiteInfo = { ...stored, ...withoutUndefined(info), namespaces: [...namespaces.values()] };
    const json = JSON.stringify(merged);
    if (json !== previous) {
      this.wiki.repo.setMeta(siteInfoMetaKey, json);
      this.wiki.reloadConfig();
    }
  }

  /** A page read whole from the dump, the `index`-th (from 0) in file order. */
  add(page: DumpPage, index: number): void {
    this.nextIndex = index + 1;
    if (index < this.resumeFrom) {
      this.stats.resumedPages++;
      return;
    }
    let warnings: string[];
    try {
      warnings = checkPage(page, { namespaces: this.namespaces, maxRevisionBytes: this.opts.maxRevisionBytes ?? defaultMaxRevisionBytes });
    } catch (e) {
      if (!(e instanceof DumpPageError) || !this.opts.skipInvalid) {
        this.nextIndex = index;
        throw e;
      }
      this.skip(`page skipped: ${e.message}`);
      return;
    }
    const name = this.titles.split(page);
    if ('error' in name) {
      this.skip(`line ${page.line}: page skipped: ${name.error}`);
      return;
    }
    for (const rev of page.revisions) if (rev.text === '' && !rev.textDeleted) this.stats.emptyTexts++;
    for (const w of warnings) this.warn(w);
    this.pending.push({ page, ns: name.ns, dbKey: name.dbKey });
    this.pendingRevisions += page.revisions.length;
  }

  get batchFull(): boolean {
    return this.pending.length >= (this.opts.batchPages ?? 100) || this.pendingRevisions >= 1000;
  }

  /** Commits the pending pages and the checkpoint after them, in one transaction. */
  flush(complete = false): void {
    if (this.pending.length === 0 && this.nextIndex === this.savedIndex && !complete) return;
    const batch = this.pending;
    this.pending = [];
    this.pendingRevisions = 0;
    const done = Math.max(this.nextIndex, this.savedIndex);
    this.wiki.repo.transaction(() => {
      const changed = batch.filter((p) => this.importPage(p));
      this.stats.queuedJobs += queueRefresh(this.wiki.repo, changed);
      this.checkpoint?.save(done, complete);
    });
    this.savedIndex = done;
    if (batch.length) this.wiki.parserCache.clear();
  }

  private skip(warning: string): void {
    this.stats.skippedPages++;
    this.warn(warning);
  }

  private warn(warning: string): void {
    this.stats.warningCount++;
    if (this.stats.warnings.length < maxKeptWarnings) this.stats.warnings.push(warning);
    this.opts.onWarning?.(warning);
  }

  /** Stores the page's new revisions; true when there were any. */
  private importPage({ page, ns, dbKey }: Pending): boolean {
    const repo = this.wiki.repo;
    const ordered = page.revisions.length > 1
      ? [...page.revisions].sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0))
      : page.revisions;
    const idMap = new Map<number, number>();
    let pageId = repo.getPage(ns, dbKey)?.pageId;
    let added = false;
    for (const [i, rev] of ordered.entries()) {
      const sha1 = rev.textSha1 ?? sha1Base36(rev.text);
      if (pageId !== undefined) {
        const same = rev.id !== undefined ? repo.getRevision(rev.id) : null;
        const existing = same && same.pageId === pageId && same.sha1 === sha1 ? same : repo.findRevision(pageId, rev.timestamp, sha1);
        if (existing) {
          if (rev.id !== undefined) idMap.set(rev.id, existing.revId);
          this.stats.skippedRevisions++;
          continue;
        }
      }
      const model = rev.model ?? defaultContentModel(ns, dbKey);
      const isLast = i === ordered.length - 1;
      const isRedirect = model === 'wikitext'
        ? parseRedirect(rev.text, this.wiki.titles) !== null || (isLast && page.redirect !== undefined)
        : false;
      const saved = repo.saveRevision({
        namespace: ns,
        dbKey,
        text: rev.text,
        timestamp: rev.timestamp,
        ...contributorFields(rev),
        comment: rev.comment,
        minor: rev.minor,
        model,
        format: rev.format ?? defaultContentFormat(model),
        revId: rev.id,
        pageId: page.id,
        isRedirect,
        parentId: this.parentOf(rev, idMap, pageId),
        deleted: (rev.textDeleted ? 1 : 0) | (rev.commentDeleted ? 2 : 0) | (rev.contributor.deleted ? 4 : 0),
        recordChange: false,
      });
      pageId = saved.page.pageId;
      if (rev.id !== undefined) idMap.set(rev.id, saved.revision.revId);
      this.stats.revisions++;
      added = true;
    }
    if (added) this.stats.pages++;
    return added;
  }

  private parentOf(rev: DumpRevision, idMap: Map<number, number>, pageId: number | undefined): number | null | undefined {
    if (rev.parentId === undefined) return undefined;
    const mapped = idMap.get(rev.parentId);
    if (mapped !== undefined) return mapped;
    const stored = pageId === undefined ? null : this.wiki.repo.getRevision(rev.parentId);
    return stored && stored.pageId === pageId ? stored.revId : undefined;
  }
}

function contributorFields(rev: DumpRevision): { userName: string; userId: number | null } {
  const c = rev.contributor;
  if (c.deleted) return { userName: '', userId: null };
  if (c.ip !== undefined) return { userName: c.ip, userId: null };
  return { userName: c.username ?? '', userId: c.id ?? null };
}

function withoutUndefined(info: DumpSiteInfo): Partial<StoredSiteInfo> {
  return Object.fromEntries(Object.entries(info).filter(([k, v]) => v !== undefined && k !== 'namespaces'));
}
