/**
 * The wikitext parser's entry point: wikitext in, ParserOutput out.
 */
import type { ParserOutput } from '../core/parser-output.ts';
import { ParseContext, type ParserEnv } from './parse-context.ts';
import type { ParserOptions } from './parser-options.ts';
import { passes, internalParsePasses, finishPasses } from './pipeline.ts';

export class Parser {
  constructor(readonly env: ParserEnv) {}

  parse(text: string, options: ParserOptions): ParserOutput {
    const ctx = new ParseContext(this.env, options, { internalParse: internalParsePasses, finish: finishPasses });
    ctx.source = text;
    let out = text;
    for (const pass of passes) out = pass.run(out, ctx);
    ctx.output.html = out;
    return ctx.output;
  }
}
