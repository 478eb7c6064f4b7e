/**
 * The preprocessor's per-parse state (what MediaWiki keeps on the Parser during
 * replaceVariables): node and depth counters, include sizes, the template DOM cache,
 * heading markers, and the wall-clock check.
 */
import { LimitExceededError } from '../core/limits.ts';
import type { ParseContext } from '../parse/parse-context.ts';
import type { PPRoot } from './pp-node.ts';
import { preprocessToDom } from './preprocess-to-dom.ts';

/** MediaWiki's output types: html (a view), wiki (pre-save transform), pre (expand only). */
export type OutputType = 'html' | 'wiki' | 'pre';

/** Tags the preprocessor always knows, whatever the extensions register. */
const coreTagNames = ['nowiki', 'pre'];

export class Preprocessor {
  outputType: OutputType = 'html';
  nodeCount = 0;
  expansionDepth = 0;
  highestExpansionDepth = 0;
  readonly includeSizes = { 'post-expand': 0, arg: 0 };
  /** Parsed templates: "forInclusion:prefixedDBKey" → tree. */
  readonly domCache = new Map<string, PPRoot>();
  /** Template sources fetched in this parse (prefixed DB key → text and final title key). */
  readonly templateCache = new Map<string, unknown>();
  expensiveCount = 0;
  private deadlineChecks = 0;

  constructor(private readonly ctx: ParseContext) {}

  /** Names of tags the tree builder recognises. */
  tagNames(): string[] {
    const names = new Set([...coreTagNames, ...this.ctx.env.extensions.tagNames()]);
    if (!this.ctx.options.rawHtml) names.delete('html');
    return [...names];
  }

  /** Builds the PP tree of a text; for inclusion = as a transcluded template. */
  toDom(text: string, forInclusion: boolean): PPRoot {
    return preprocessToDom(text, { forInclusion, tagNames: this.tagNames(), maxNodes: this.ctx.limits.maxPPNodeCount });
  }

  /** Adds to an include-size counter; false when that would pass the limit. */
  incrementIncludeSize(type: 'post-expand' | 'arg', text: string): boolean {
    const size = Buffer.byteLength(text);
    const limit = type === 'arg' ? this.ctx.limits.maxArgSize : this.ctx.limits.maxIncludeSize;
    if (this.includeSizes[type] + size > limit) return false;
    this.includeSizes[type] += size;
    return true;
  }

  /** Records a limit being hit: a warning and the limit's tracking category. */
  limitationWarn(limit: string, current?: number, max?: number): void {
    const detail = current === undefined ? '' : ` (${current}/${max})`;
    this.ctx.output.addDiagnostic(`${limit}-warning`, `Parser limit exceeded: ${limit}${detail}`);
    this.ctx.addTrackingCategory(`${limit}-category`);
  }

  /** Throws when the parse has run past its wall-clock budget (checked every few nodes). */
  checkDeadline(): void {
    if ((++this.deadlineChecks & 63) !== 0) return;
    if (Date.now() > this.ctx.deadline) {
      throw new LimitExceededError('wallClockMs', 'Parse time limit exceeded');
    }
  }
}
