/**
 * Kagami's parser in-process: a wiki with the corpus's settings and dump (as the corpus
 * runner opens it), each page parsed by wiki.renderText — the parse without the parser cache.
 */
import { readFileSync } from 'node:fs';
import { openCorpusWiki, type CorpusName } from '../../test/golden/corpus.ts';
import type { BenchPage } from './pages.ts';
import { timeRuns, type PageTiming, type RunSpec } from './timing.ts';

export async function timeKagami(corpus: CorpusName, pages: BenchPage[], spec: RunSpec): Promise<PageTiming[]> {
  const { wiki, close } = await openCorpusWiki(corpus);
  try {
    return pages.map((page) => {
      const timing: PageTiming = { title: page.title, bytes: 0, ms: [], cpuMs: [] };
      try {
        const title = wiki.titles.parseOrThrow(page.title);
        const text = page.source ? readFileSync(page.source, 'utf8') : wiki.getPage(title, { followRedirects: false } as never)?.revision.text;
        if (text === undefined) return { ...timing, error: 'page not found' };
        timing.bytes = Buffer.byteLength(text);
        Object.assign(timing, timeRuns(spec, () => wiki.renderText(text, title).html));
      } catch (err) {
        timing.error = err instanceof Error ? err.message : String(err);
      }
      return timing;
    });
  } finally {
    close();
  }
}
