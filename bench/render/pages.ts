/**
 * The pages a render benchmark times: Kagamine Len (putinp), an evenly spaced sample of the
 * kancolle corpus (MediaWiki takes about 4 minutes for all 400), and the Wikipedia corpus.
 */
import { corpusPages, type CorpusName, type CorpusPage } from '../../test/golden/corpus.ts';

export interface BenchPage {
  title: string;
  /** Source file, for pages that are not in the corpus's dump (Wikipedia). */
  source?: string;
}

/** Every k-th page so that about `sample` pages are kept (all when sample is 0 or larger). */
export function evenSample<T>(items: readonly T[], sample: number): T[] {
  if (sample <= 0 || sample >= items.length) return [...items];
  const step = items.length / sample;
  return Array.from({ length: sample }, (_, i) => items[Math.floor(i * step)]);
}

export function benchPages(corpus: CorpusName, sample: number): BenchPage[] {
  return evenSample(corpusPages(corpus), sample).map((p: CorpusPage) => (p.source ? { title: p.title, source: p.source } : { title: p.title }));
}
