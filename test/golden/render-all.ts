/**
 * Renders every page of a corpus dump through the wiki's render path and reports what
 * failed: a page whose render throws would be a page that breaks the server.
 */
import type { Wiki } from '../../src/wiki/wiki.ts';
import type { CorpusName } from './corpus.ts';
import { openCorpusWiki } from './corpus.ts';

export interface RenderAllReport {
  pages: number;
  failures: Array<{ title: string; error: string }>;
  /** Pages whose output carries a parser limit error (time, size, depth): rendered, but cut short. */
  limited: string[];
  slowest: Array<{ title: string; ms: number }>;
  totalMs: number;
}

/** A parse stopped by a limit (`limit-*`) or one of MediaWiki's limitation warnings (`*-warning`). */
function isLimit(d: { code: string }): boolean {
  return d.code.startsWith('limit-') || (d.code.endsWith('-warning') && !d.code.startsWith('scribunto'));
}

/** Every page of every namespace, redirects included, rendered once. */
export function renderAll(wiki: Wiki, onProgress?: (done: number) => void): RenderAllReport {
  const report: RenderAllReport = { pages: 0, failures: [], limited: [], slowest: [], totalMs: 0 };
  const times: Array<{ title: string; ms: number }> = [];
  for (const ns of wiki.titles.namespaces.ids().filter((id) => id >= 0)) {
    let from: string | undefined;
    for (;;) {
      const batch = wiki.repo.listPages({ namespace: ns, from, limit: 500 });
      for (const page of batch) {
        const title = wiki.titles.makeTitle(ns, page.dbKey.replace(/_/g, ' '));
        const name = title?.prefixedText ?? `${ns}:${page.dbKey}`;
        const start = performance.now();
        try {
          const view = title && wiki.getPage(title);
          if (!view) throw new Error('page not found by its own title');
          const out = wiki.render(view);
          if (out.diagnostics.some(isLimit)) report.limited.push(name);
        } catch (err) {
          report.failures.push({ title: name, error: err instanceof Error ? err.message : String(err) });
        }
        times.push({ title: name, ms: performance.now() - start });
        report.pages++;
        if (onProgress && report.pages % 500 === 0) onProgress(report.pages);
      }
      if (batch.length < 500) break;
      // The next title after this one: no title has a character below the space.
      from = batch[batch.length - 1].dbKey + ' ';
    }
  }
  report.totalMs = times.reduce((a, t) => a + t.ms, 0);
  report.slowest = times.sort((a, b) => b.ms - a.ms).slice(0, 10);
  return report;
}

export async function renderAllOfCorpus(name: CorpusName, onProgress?: (done: number) => void): Promise<RenderAllReport> {
  const { wiki, close } = await openCorpusWiki(name);
  try {
    return renderAll(wiki, onProgress);
  } finally {
    close();
  }
}
