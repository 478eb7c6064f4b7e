/**
 * Runs parser-test cases through Kagami's parser the way MediaWiki's ParserTestRunner runs
 * them through the legacy parser, and compares exactly (trailing white space trimmed).
 */
import { TitleParser } from '../../src/core/title.ts';
import { NS_MAIN } from '../../src/core/namespace.ts';
import { ExtensionRegistry, type ExtensionDefinition } from '../../src/extensions/extension.ts';
import { defaultExtensions } from '../../src/extensions/index.ts';
import { Parser } from '../../src/parse/parser.ts';
import type { ParserLimits } from '../../src/core/limits.ts';
import type { ParserOutput } from '../../src/core/parser-output.ts';
import type { ParserOptions } from '../../src/parse/parser-options.ts';
import { runTextMode, textModes } from './run-modes.ts';
import type { ParserTestCase, ParserTestFile } from './reader.ts';
import { parserTestHooks, styleTagHooks, testDataAccess, testSiteConfig } from './test-site.ts';

export type CaseStatus = 'pass' | 'fail' | 'skip';

export interface CaseResult {
  test: ParserTestCase;
  status: CaseStatus;
  actual?: string;
  /** Why a case was skipped, or the error a failing case threw. */
  reason?: string;
}

/** Modes of the reference runner not run here. */
const unsupportedModes: string[] = [];

/** The fixed clock of MediaWiki's parser tests: 1970-01-01T00:02:03Z. */
const fakeNow = new Date(123 * 1000);
/** The runner's ParserOptions timestamp: the bare number, as MediaWiki's runner sets it. */
const fakeTimestamp = '123';

/** Limits set by the `maxincludesize` and `maxtemplatedepth` options. */
function testLimits(opts: Record<string, string | true>): Partial<ParserLimits> {
  const limits: Partial<ParserLimits> = {};
  if (opts.maxincludesize !== undefined) limits.maxIncludeSize = Number(opts.maxincludesize);
  if (opts.maxtemplatedepth !== undefined) limits.maxTemplateDepth = Number(opts.maxtemplatedepth);
  return limits;
}

/** The runner's `showflags` line: the output flags, sorted. */
function showFlags(output: ParserOutput): string {
  return `\nflags=${[...output.flags].sort().join(', ')}`;
}

function registry(extra: ExtensionDefinition[] = []): ExtensionRegistry {
  const reg = new ExtensionRegistry();
  // MediaWiki's parser tests expect links as written: no HTTPS upgrades from SecureLinkFixer.
  const extensions = defaultExtensions.filter((ext) => ext.name !== 'SecureLinkFixer');
  for (const ext of [...extensions, parserTestHooks, ...extra]) reg.use(ext);
  return reg;
}

let withStyleTags: ExtensionRegistry | undefined;
/** The registry with the `styletag` option's <style> and <link> hooks. */
function styleTagRegistry(): ExtensionRegistry {
  return (withStyleTags ??= registry([styleTagHooks]));
}

/** Runs every case with a legacy expectation in one file. */
export function runFile(file: ParserTestFile, filter?: RegExp): CaseResult[] {
  const extensions = registry();
  const missing = file.requirements.filter((name) => !extensions.tags.has(name.toLowerCase()) && !extensions.functions.has(name.toLowerCase()));
  const results: CaseResult[] = [];
  for (const test of file.tests) {
    if (test.expected === null) continue;
    if (filter && !filter.test(test.name)) continue;
    if (missing.length > 0) {
      results.push({ test, status: 'skip', reason: `requires ${missing.join(', ')}` });
      continue;
    }
    results.push(runCase(test, file, extensions));
  }
  return results;
}

export function runCase(test: ParserTestCase, file: ParserTestFile, extensions: ExtensionRegistry): CaseResult {
  const opts = test.options;
  if (opts.disabled) return { test, status: 'skip', reason: 'disabled' };
  const mode = unsupportedModes.find((m) => opts[m] !== undefined);
  if (mode) return { test, status: 'skip', reason: `mode ${mode}` };
  const textMode = textModes.find((m) => opts[m] !== undefined);

  const config = testSiteConfig(test.config, opts);
  const titles = new TitleParser(config);
  titles.namespaces.setSubpages(NS_MAIN, opts.subpage !== undefined);
  const title = titles.parse(typeof opts.title === 'string' ? opts.title : 'Parser test');
  if (!title) return { test, status: 'skip', reason: `bad title ${String(opts.title)}` };
  const data = testDataAccess(titles, file.articles);
  const parser = new Parser({ config, titles, data, extensions: opts.styletag !== undefined ? styleTagRegistry() : extensions });

  // The revision parsed is 1337; with `lastsavedrevision` it is also the page's saved current revision.
  const saved = opts.lastsavedrevision !== undefined;
  const options: ParserOptions = {
    title,
    now: fakeNow,
    timestamp: fakeTimestamp,
    revision: { id: 1337, timestamp: fakeNow.toISOString().replace('.000Z', 'Z'), userName: '127.0.0.1', size: Buffer.byteLength(test.wikitext), unsaved: !saved },
    rawHtml: config.wgRawHtml,
    editSections: true,
    variant: typeof opts.variant === 'string' ? opts.variant : undefined,
    limits: testLimits(opts),
  };

  let actual: string;
  try {
    if (textMode) {
      const result = runTextMode(textMode, test.wikitext, opts[textMode], parser, options, opts);
      if (result === null) return { test, status: 'skip', reason: `unreadable ${textMode}=${String(opts[textMode])}` };
      actual = result.text.replace(/\s+$/, '');
      if (opts.showflags && result.output) actual += showFlags(result.output);
    } else {
      const output = parser.parse(test.wikitext, options);
      actual = output.html;
      // notoc: the output without its TOC (ParserOutput::getText with allowTOC false).
      if (opts.notoc !== undefined && output.tocHtml) actual = actual.replace(/<div id="toc" class="toc"[\s\S]*?<\/ul>\n<\/div>\n?/, '');
      actual = actual.replace(/\s+$/, '');
      if (opts.showindicators) actual = ([...output.indicators].map(([name, html]) => `${name}=${html}\n`).join('') + actual).replace(/\s+$/, '');
      if (opts.showtitle) actual = `${output.displayTitle ?? output.titleText ?? title.prefixedText}\n${actual}`.replace(/\s+$/, '');
      if (opts.ill) actual = output.languageLinks.join(' ');
      else if (opts.cat) actual = [...output.categories].map(([name, sort]) => `cat=${name} sort=${sort}`).join('\n');
      if (opts.showflags) actual += showFlags(output);
    }
  } catch (err) {
    return { test, status: 'fail', actual: '', reason: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  const expected = test.expected!.replace(/\s+$/, '');
  return actual === expected ? { test, status: 'pass', actual } : { test, status: 'fail', actual };
}
