/**
 * wikiparser-node (npm), a second peer where it applies: Parser.toHtml on the page's source,
 * with the corpus dump's Template: pages given to it as its template map. It has no Lua, no
 * Cite, no portable infobox and renders only part of the HTML, so it runs on the pages that
 * need none of those to be comparable (putinp, Wikipedia) and is not installed by default:
 * `npm install --no-save wikiparser-node`.
 */
import { readFileSync } from 'node:fs';
import { openCorpusWiki, type CorpusName } from '../../test/golden/corpus.ts';
import { NS_TEMPLATE } from '../../src/core/namespace.ts';
import type { BenchPage } from './pages.ts';
import { timeRuns, type PageTiming, type RunSpec } from './timing.ts';

interface WikiparserNode {
  toHtml(wikitext: string, page: string): string;
  templates: Map<string, string>;
  warning: boolean;
}

export async function loadWikiparserNode(): Promise<WikiparserNode | null> {
  try {
    const mod = (await import('wikiparser-node' as string)) as { default: WikiparserNode };
    return mod.default;
  } catch {
    return null;
  }
}

export async function timeWikiparserNode(parser: WikiparserNode, corpus: CorpusName, pages: BenchPage[], spec: RunSpec): Promise<PageTiming[]> {
  parser.warning = false;
  parser.templates.clear();
  const { wiki, close } = await openCorpusWiki(corpus);
  try {
    for (const record of wiki.repo.listPages({ namespace: NS_TEMPLATE, limit: 100_000 })) {
      const view = wiki.getPage(wiki.titles.makeTitle(NS_TEMPLATE, record.dbKey)!, { followRedirects: false } as never);
      if (view) parser.templates.set(`Template:${record.dbKey.replace(/_/g, ' ')}`, view.revision.text);
    }
    return pages.map((page) => {
      const timing: PageTiming = { title: page.title, bytes: 0, ms: [], cpuMs: [] };
      try {
        const text = page.source ? readFileSync(page.source, 'utf8') : wiki.getPage(page.title, { followRedirects: false } as never)?.revision.text;
        if (text === undefined) return { ...timing, error: 'page not found' };
        timing.bytes = Buffer.byteLength(text);
        Object.assign(timing, timeRuns(spec, () => parser.toHtml(text, page.title)));
      } catch (err) {
        timing.error = err instanceof Error ? err.message : String(err);
      }
      return timing;
    });
  } finally {
    close();
  }
}
