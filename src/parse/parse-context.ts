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

/** The long-lived services a parser works with (one per wiki). */
export interface ParserEnv {
  config: SiteConfig;
  titles: TitleParser;
  data: DataAccess;
  extensions: ExtensionRegistry;
}

export class ParseContext {
  readonly output = new ParserOutput();
  readonly limits: ParserLimits;
  /** The parser clock. */
  readonly now: Date;
  /** Wall-clock deadline (ms since epoch) for this parse. */
  readonly deadline: number;
  /** Per-parse scratch space for passes and extensions, keyed by their name. */
  readonly state = new Map<string, unknown>();

  constructor(
    readonly env: ParserEnv,
    readonly options: ParserOptions,
  ) {
    this.limits = { ...defaultLimits, ...options.limits };
    this.now = options.now ?? (env.config.fakeTime ? new Date(env.config.fakeTime) : new Date());
    this.deadline = Date.now() + this.limits.wallClockMs;
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
