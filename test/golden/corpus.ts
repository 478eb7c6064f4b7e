/**
 * Differential runs against MediaWiki's own renderings: the kancolle and Wikipedia corpora
 * and the putinp-wiki fixture in ../shared. Each page is rendered by a real wiki (its dump
 * imported with the corpus's site settings) and compared with the golden HTML as DOMs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importDump } from '../../src/dump/import-dump.ts';
import { openWiki, type Wiki } from '../../src/wiki/wiki.ts';
import { sharedDir } from '../parser-tests/files.ts';
import { compareDom, type DomComparison } from './dom-compare.ts';

export interface CorpusPage {
  title: string;
  golden: string;
  /** Source text when the page is not in a dump (Wikipedia corpus). */
  source?: string;
  usesLua: boolean;
}

export interface PageResult {
  page: CorpusPage;
  comparison: DomComparison;
  ms: number;
  /** Kagami's HTML for the page. */
  html: string;
  /** Script errors (class="scribunto-error") in Kagami's and in MediaWiki's HTML. */
  scriptErrors: number;
  goldenScriptErrors: number;
  error?: string;
}

export const corpora = ['kancolle', 'wikipedia', 'putinp'] as const;
export type CorpusName = (typeof corpora)[number];

interface CorpusSetup {
  settings: string;
  dump?: string;
  pages(): CorpusPage[];
}

function setup(name: CorpusName): CorpusSetup {
  if (name === 'kancolle') {
    const dir = join(sharedDir, 'corpus', 'kancolle');
    return {
      settings: join(dir, 'settings.json'),
      dump: join(dir, 'dump.xml'),
      pages: () => {
        const manifest = JSON.parse(readFileSync(join(dir, 'golden', 'manifest.json'), 'utf8')) as {
          pages: Array<{ title: string; file: string; status: string; features?: string[]; features_via_templates?: string[] }>;
        };
        return manifest.pages
          .filter((p) => p.status === 'ok')
          .map((p) => ({
            title: p.title,
            golden: join(dir, 'golden', p.file),
            usesLua: [...(p.features ?? []), ...(p.features_via_templates ?? [])].includes('#invoke'),
          }));
      },
    };
  }
  if (name === 'wikipedia') {
    const dir = join(sharedDir, 'corpus', 'wikipedia');
    return {
      settings: join(dir, 'settings.json'),
      pages: () => {
        const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
          pages: Array<{ title: string; wiki: string; html: string; status: string }>;
        };
        return manifest.pages
          .filter((p) => p.status === 'ok')
          .map((p) => ({ title: p.title, golden: join(dir, p.html), source: join(dir, p.wiki), usesLua: false }));
      },
    };
  }
  const dir = join(sharedDir, 'fixtures', 'putinp-wiki');
  return {
    settings: join(dir, 'settings.json'),
    dump: join(dir, 'dump.xml'),
    pages: () => [{ title: 'Kagamine Len', golden: join(dir, 'Kagamine_Len.mediawiki.html'), usesLua: false }],
  };
}

/** The corpus's pages that MediaWiki rendered, in manifest order. */
export function corpusPages(name: CorpusName): CorpusPage[] {
  return setup(name).pages();
}

/** Opens a fresh wiki with the corpus's settings and its dump imported. */
export async function openCorpusWiki(name: CorpusName): Promise<{ wiki: Wiki; close(): void }> {
  const s = setup(name);
  const dataDir = mkdtempSync(join(tmpdir(), `kagami-corpus-${name}-`));
  const wiki = openWiki({ dataDir, db: ':memory:', settingsFile: s.settings });
  if (s.dump) await importDump(wiki, s.dump);
  wiki.reloadConfig();
  return {
    wiki,
    close() {
      wiki.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function renderCorpusPage(wiki: Wiki, page: CorpusPage): PageResult {
  const start = performance.now();
  let html = '';
  let error: string | undefined;
  try {
    if (page.source) {
      const title = wiki.titles.parseOrThrow(page.title);
      html = wiki.renderText(readFileSync(page.source, 'utf8'), title).html;
    } else {
      const view = wiki.getPage(page.title, { followRedirects: false } as never);
      if (!view) throw new Error(`page not found: ${page.title}`);
      html = wiki.render(view).html;
    }
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  const ms = performance.now() - start;
  const golden = existsSync(page.golden) ? readFileSync(page.golden, 'utf8') : '';
  return { page, comparison: compareDom(golden, html), ms, error, html, scriptErrors: countScriptErrors(html), goldenScriptErrors: countScriptErrors(golden) };
}

/** Script errors shown on a page: Scribunto's `<strong class="error"><span class="scribunto-error" ...>`. */
export function countScriptErrors(html: string): number {
  return (html.match(/class="scribunto-error"/g) ?? []).length;
}

export async function runCorpus(name: CorpusName, filter?: RegExp, keep?: (page: CorpusPage) => boolean): Promise<PageResult[]> {
  const { wiki, close } = await openCorpusWiki(name);
  try {
    return setup(name)
      .pages()
      .filter((p) => (!filter || filter.test(p.title)) && (!keep || keep(p)))
      .map((p) => renderCorpusPage(wiki, p));
  } finally {
    close();
  }
}
