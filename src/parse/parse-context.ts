/**
 * The state of one parse (what MediaWiki keeps on its Parser object between passes):
 * the options, the output being built, the strip state, and the services of the wiki.
 * Extensions and parser functions receive it.
 */
import type { DataAccess } from '../core/data-access.ts';
import { defaultLimits, type ParserLimits } from '../core/limits.ts';
import { ParserOutput } from '../core/parser-output.ts';
import type { SiteConfig } from '../core/site-config.ts';
import type { Title, TitleParser } from '../core/title.ts';
import type { ExtensionRegistry } from '../extensions/extension.ts';
import type { ParserOptions } from './parser-options.ts';
import { StripState } from '../preprocess/strip-state.ts';
import { Preprocessor, type OutputType } from '../preprocess/preprocessor.ts';
import { PPFrame, type Frame } from '../preprocess/frame.ts';
import { trackingCategoryNames } from '../preprocess/tracking-categories.ts';
import type { Pass } from './pipeline.ts';

/** The pass lists recursive parses run (given by the Parser; empty lists in bare contexts). */
export interface PassLists {
  internalParse: Pass[];
  finish: Pass[];
}

/** The long-lived services a parser works with (one per wiki). */
export interface ParserEnv {
  config: SiteConfig;
  titles: TitleParser;
  data: DataAccess;
  extensions: ExtensionRegistry;
}

/** Finishing passes a recursive parse skips: the extension stage hooks run for the page only, and tidying is done once. */
const mainOnlyPasses = new Set(['afterParseHooks', 'beforeTidyHooks', 'afterTidyHooks', 'tidy']);

export class ParseContext {
  readonly output = new ParserOutput();
  readonly limits: ParserLimits;
  /** The parser clock. */
  readonly now: Date;
  /** Wall-clock deadline (ms since epoch) for this parse. */
  readonly deadline: number;
  /** Per-parse scratch space for passes and extensions, keyed by their name. */
  readonly state = new Map<string, unknown>();
  /** Text protected from the later passes behind strip markers. */
  readonly stripState = new StripState();
  /** The preprocessor's counters and caches for this parse. */
  readonly preprocessor: Preprocessor;
  /** The wikitext being parsed (for {{PAGESIZE}} of the page itself). */
  source = '';
  /** Nesting of recursiveTagParse calls (0 while parsing the page itself). */
  private recursion = 0;
  private root: PPFrame | null = null;

  constructor(
    readonly env: ParserEnv,
    readonly options: ParserOptions,
    readonly passLists: PassLists = { internalParse: [], finish: [] },
  ) {
    this.limits = { ...defaultLimits, ...options.limits };
    this.now = options.now ?? (env.config.fakeTime ? new Date(env.config.fakeTime) : new Date());
    this.deadline = Date.now() + this.limits.wallClockMs;
    this.preprocessor = new Preprocessor(this);
    if (options.pst) this.preprocessor.outputType = 'wiki';
  }

  /** False inside recursiveTagParse (MediaWiki's $isMain of internalParse). */
  get isMain(): boolean {
    return this.recursion === 0;
  }

  get outputType(): OutputType {
    return this.preprocessor.outputType;
  }

  /** The frame of the page itself. */
  get rootFrame(): Frame {
    this.root ??= new PPFrame(this, this.title);
    return this.root;
  }

  /** Protects final HTML from the later passes; returns its strip marker. */
  insertStripItem(html: string): string {
    return this.stripState.insertGeneral(html);
  }

  /** Adds one of the parser's tracking categories, by message key. */
  addTrackingCategory(key: string): void {
    const name = trackingCategoryNames[key];
    if (!name) return;
    const dbKey = name.replace(/ /g, '_');
    this.output.trackingCategories.add(dbKey);
    if (!this.output.categories.has(dbKey)) this.output.addCategory(dbKey, '');
  }

  /**
   * Counts an expensive parser function call; false (and a warning) once past the limit.
   */
  incrementExpensiveFunctionCount(): boolean {
    const pp = this.preprocessor;
    pp.expensiveCount++;
    if (pp.expensiveCount <= this.limits.expensiveFunctionLimit) return true;
    pp.limitationWarn('expensive-parser-function', pp.expensiveCount, this.limits.expensiveFunctionLimit);
    return false;
  }

  /**
   * Expands templates, arguments, parser functions and extension tags in a frame (the page's
   * by default; text in a template frame is read as a transcluded page). MediaWiki's
   * replaceVariables / the first step of internalParse.
   */
  replaceVariables(text: string, frame?: Frame, argsOnly = false): string {
    if (text === '' || Buffer.byteLength(text) > this.limits.maxIncludeSize) return text;
    const f = frame ?? this.rootFrame;
    const dom = this.preprocessor.toDom(text, f.depth > 0);
    return f.expand(dom, argsOnly ? 2 : 0);
  }

  /** Wikitext → half-parsed HTML with strip markers, for tag hooks (Parser::recursiveTagParse). */
  recursiveTagParse(text: string, frame?: Frame): string {
    this.recursion++;
    try {
      const expanded = this.replaceVariables(text, frame);
      return this.runPasses(this.passLists.internalParse.filter((p) => p.name !== 'preprocess'), expanded);
    } finally {
      this.recursion--;
    }
  }

  /** Wikitext → finished HTML, without tidying (Parser::recursiveTagParseFully). */
  recursiveTagParseFully(text: string, frame?: Frame): string {
    const half = this.recursiveTagParse(text, frame);
    this.recursion++;
    try {
      return this.runPasses(this.passLists.finish.filter((p) => !mainOnlyPasses.has(p.name)), half);
    } finally {
      this.recursion--;
    }
  }

  private runPasses(list: Pass[], text: string): string {
    let out = text;
    for (const pass of list) out = pass.run(out, this);
    return out;
  }

  /** Expands templates and unstrips the result (Parser::recursivePreprocess, for frame:preprocess). */
  recursivePreprocess(text: string, frame?: Frame): string {
    return this.stripState.unstripBoth(this.replaceVariables(text, frame));
  }

  get title(): Title {
    return this.options.title;
  }

  get config(): SiteConfig {
    return this.env.config;
  }

  /** Gets or creates per-parse state for a pass or extension. */
  getState<T>(key: string, create: () => T): T {
    let value = this.state.get(key) as T | undefined;
    if (value === undefined) {
      value = create();
      this.state.set(key, value);
    }
    return value;
  }
}
