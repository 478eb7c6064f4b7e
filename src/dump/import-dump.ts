/**
 * Importing a MediaWiki XML export into a wiki, streaming: pages are written in batched
 * transactions, each page whole or not at all. Revision and page ids are kept when free;
 * revisions already present (same id on the page, or same timestamp and text) are skipped,
 * so importing the same dump twice adds nothing.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { sha1Base36 } from '../storage/sha1.ts';
import { parseRedirect } from '../wiki/redirect.ts';
import { siteInfoMetaKey, type StoredSiteInfo } from '../wiki/site-config-loader.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { DumpReader } from './dump-reader.ts';
import { DumpTitles } from './dump-title.ts';
import type { DumpPage, DumpRevision, DumpSiteInfo } from './dump-types.ts';

export interface ImportStats {
  pages: number;
  revisions: number;
  /** Revisions already in the wiki. */
  skippedRevisions: number;
  /** Pages left out (bad title ...), with the reason in `warnings`. */
  skippedPages: number;
  warnings: string[];
}

export interface ImportOptions {
  /** Pages per transaction. */
  batchPages?: number;
  /** Called after each batch is committed. */
  onProgress?(stats: ImportStats): void;
}

/** Imports a dump from a file path or a readable stream. */
export async function importDump(wiki: Wiki, input: string | Readable, opts: ImportOptions = {}): Promise<ImportStats> {
  const stream = typeof input === 'string' ? createReadStream(input) : input;
  stream.setEncoding('utf8');
  const importer = new DumpImporter(wiki, opts);
  const reader = new DumpReader({ siteInfo: (info) => importer.siteInfo(info), page: (page) => importer.add(page) });
  try {
    for await (const chunk of stream) {
      reader.write(chunk as string);
      importer.flushIfFull();
    }
    reader.end();
  } catch (e) {
    // Pages read whole before the error are kept; the page being read is not. The first
    // error is the one worth reporting.
    try {
      importer.flush();
    } catch {
      /* reported below */
    }
    throw e;
  }
  importer.flush();
  return importer.stats;
}

class DumpImporter {
  readonly stats: ImportStats = { pages: 0, revisions: 0, skippedRevisions: 0, skippedPages: 0, warnings: [] };
  private titles = new DumpTitles([]);
  private pending: DumpPage[] = [];
  private pendingRevisions = 0;
  private readonly batchPages: number;

  constructor(private readonly wiki: Wiki, private readonly opts: ImportOptions) {
    this.batchPages = opts.batchPages ?? 100;
  }

  siteInfo(info: DumpSiteInfo): void {
    this.titles = new DumpTitles(info.namespaces);
    const previous = this.wiki.repo.getMeta(siteInfoMetaKey);
    const stored: StoredSiteInfo = previous ? JSON.parse(previous) : { namespaces: [] };
    const namespaces = new Map(stored.namespaces.map((ns) => [ns.id, ns]));
    for (const ns of info.namespaces) namespaces.set(ns.id, ns);
    const merged: StoredSiteInfo = { ...stored, ...withoutUndefined(info), namespaces: [...namespaces.values()] };
    this.wiki.repo.setMeta(siteInfoMetaKey, JSON.stringify(merged));
    this.wiki.reloadConfig();
  }

  add(page: DumpPage): void {
    this.pending.push(page);
    this.pendingRevisions += page.revisions.length;
  }

  flushIfFull(): void {
    if (this.pending.length >= this.batchPages || this.pendingRevisions >= 1000) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.pendingRevisions = 0;
    this.wiki.repo.transaction(() => {
      for (const page of batch) this.wiki.repo.transaction(() => this.importPage(page));
    });
    this.wiki.parserCache.clear();
    this.opts.onProgress?.(this.stats);
  }

  private importPage(page: DumpPage): void {
    const name = this.titles.split(page);
    if ('error' in name) {
      this.stats.skippedPages++;
      this.stats.warnings.push(`line ${page.line}: page skipped: ${name.error}`);
      return;
    }
    const repo = this.wiki.repo;
    const ordered = [...page.revisions].sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
    const idMap = new Map<number, number>();
    let pageId = repo.getPage(name.ns, name.dbKey)?.pageId;
    let added = false;
    for (const [i, rev] of ordered.entries()) {
      const sha1 = sha1Base36(rev.text);
      if (rev.sha1 && !rev.textDeleted && rev.sha1 !== sha1) {
        this.stats.warnings.push(`line ${rev.line}: revision ${rev.id ?? '?'} of "${page.title}": text does not match its sha1 ${rev.sha1}`);
      }
      if (pageId !== undefined) {
        const same = rev.id !== undefined ? repo.getRevision(rev.id) : null;
        const existing = same && same.pageId === pageId && same.sha1 === sha1 ? same : repo.findRevision(pageId, rev.timestamp, sha1);
        if (existing) {
          if (rev.id !== undefined) idMap.set(rev.id, existing.revId);
          this.stats.skippedRevisions++;
          continue;
        }
      }
      const isLast = i === ordered.length - 1;
      const isRedirect = (rev.model ?? 'wikitext') === 'wikitext'
        ? parseRedirect(rev.text, this.wiki.titles) !== null || (isLast && page.redirect !== undefined)
        : false;
      const saved = repo.saveRevision({
        namespace: name.ns,
        dbKey: name.dbKey,
        text: rev.text,
        timestamp: rev.timestamp,
        ...contributorFields(rev),
        comment: rev.comment,
        minor: rev.minor,
        model: rev.model,
        format: rev.format,
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
  }

  private parentOf(rev: DumpRevision, idMap: Map<number, number>, pageId: number | undefined): number | null | undefined {
    if (rev.parentId === undefined) return undefined;
    const mapped = idMap.get(rev.parentId);
    if (mapped !== undefined) return mapped;
    const stored = this.wiki.repo.getRevision(rev.parentId);
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
