/**
 * Parser limits, with MediaWiki 1.39's defaults. Limits are configuration, never numbers
 * scattered in code; exceeding one is a typed error (LimitExceededError) caught at the stage
 * boundary and rendered as MediaWiki does.
 */
export interface ParserLimits {
  /** $wgMaxTemplateDepth / expansion depth limit. */
  maxExpansionDepth: number;
  maxTemplateDepth: number;
  /** $wgMaxArticleSize-based post-expand include size, bytes. */
  maxIncludeSize: number;
  /** Template argument size, bytes. */
  maxArgSize: number;
  /** $wgMaxPPNodeCount */
  maxPPNodeCount: number;
  /** $wgExpensiveParserFunctionLimit */
  expensiveFunctionLimit: number;
  /** Wall-clock budget for one parse, milliseconds (ours; MediaWiki has none). */
  wallClockMs: number;
  /** Lua CPU limit per page, seconds; memory limit, bytes. */
  luaCpuSeconds: number;
  luaMemoryBytes: number;
}

export const defaultLimits: ParserLimits = {
  maxExpansionDepth: 100,
  maxTemplateDepth: 100,
  maxIncludeSize: 2 * 1024 * 1024,
  maxArgSize: 2 * 1024 * 1024,
  maxPPNodeCount: 1_000_000,
  expensiveFunctionLimit: 100,
  wallClockMs: 10_000,
  luaCpuSeconds: 7,
  luaMemoryBytes: 50 * 1024 * 1024,
};

export class LimitExceededError extends Error {
  constructor(readonly limit: keyof ParserLimits | string, message?: string) {
    super(message ?? `parser limit exceeded: ${limit}`);
  }
}
