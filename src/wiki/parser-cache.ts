/**
 * The parser cache: ParserOutput by revision id and the settings that change parsing, kept
 * in memory (least recently used first out). An entry stays valid while the templates it
 * used are at the same revision and its links keep their blue or red colour; volatile
 * outputs (clock-dependent) are not kept.
 */
import type { ParserOutput } from '../core/parser-output.ts';
import type { WikiRepository } from '../storage/repository.ts';

interface Entry {
  output: ParserOutput;
  templates: Array<{ ns: number; dbKey: string; revisionId: number }>;
  links: Array<{ ns: number; dbKey: string; exists: boolean }>;
}

export class ParserCache {
  private readonly entries = new Map<string, Entry>();
  /** Cache keys by page id, for invalidating one page's entries. */
  private readonly byPage = new Map<number, Set<string>>();
  hits = 0;
  misses = 0;

  constructor(private readonly repo: WikiRepository, readonly maxEntries = 500) {}

  key(revId: number, settingsHash: string): string {
    return `${revId}!${settingsHash}`;
  }

  get(key: string): ParserOutput | null {
    const entry = this.entries.get(key);
    if (!entry || !this.stillValid(entry)) {
      if (entry) this.entries.delete(key);
      this.misses++;
      return null;
    }
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return entry.output;
  }

  set(key: string, output: ParserOutput, pageId?: number): void {
    if (output.volatile) return;
    if (pageId !== undefined) {
      let keys = this.byPage.get(pageId);
      if (!keys) this.byPage.set(pageId, (keys = new Set()));
      keys.add(key);
    }
    const templates = [...output.templates.values()].map((t) => ({ ns: t.title.ns, dbKey: t.title.dbKey, revisionId: t.revisionId }));
    const linkTitles = [...output.links.values()].map((t) => ({ namespace: t.ns, dbKey: t.dbKey }));
    const existing = this.repo.existingPages(linkTitles);
    const links = linkTitles.map((t) => ({ ns: t.namespace, dbKey: t.dbKey, exists: existing.has(`${t.namespace}:${t.dbKey}`) }));
    this.entries.set(key, { output, templates, links });
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  clear(): void {
    this.entries.clear();
    this.byPage.clear();
  }

  /** Drops every cached output of a page (purge, htmlCacheUpdate). */
  invalidatePage(pageId: number): void {
    for (const key of this.byPage.get(pageId) ?? []) this.entries.delete(key);
    this.byPage.delete(pageId);
  }

  private stillValid(entry: Entry): boolean {
    for (const t of entry.templates) {
      const page = this.repo.getPage(t.ns, t.dbKey);
      if ((page?.latestRevisionId ?? 0) !== t.revisionId) return false;
    }
    if (entry.links.length === 0) return true;
    const existing = this.repo.existingPages(entry.links.map((l) => ({ namespace: l.ns, dbKey: l.dbKey })));
    return entry.links.every((l) => existing.has(`${l.ns}:${l.dbKey}`) === l.exists);
  }
}
