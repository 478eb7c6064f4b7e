/**
 * The reference runner's modes other than the main parse: `pst` (Parser::preSaveTransform),
 * `msg` (Parser::transformMsg), `section` (Parser::getSection), `replace`
 * (Parser::replaceSection), `preload` (Parser::getPreloadText) and `comment`
 * (Linker::formatComment, `local` for section links into the page shown). Each turns the test's
 * wikitext into the text the case compares against.
 */
import { NO_ARGS, NO_TEMPLATES } from '../../src/preprocess/expand-flags.ts';
import { preSaveTransform } from '../../src/preprocess/pre-save-transform.ts';
import type { ParserOutput } from '../../src/core/parser-output.ts';
import type { Parser } from '../../src/parse/parser.ts';
import { ParseContext } from '../../src/parse/parse-context.ts';
import type { ParserOptions } from '../../src/parse/parser-options.ts';
import { getSection, replaceSection } from '../../src/wiki/section.ts';
import { formatComment } from '../../src/render/comment-formatter.ts';

export type TextMode = 'pst' | 'msg' | 'section' | 'replace' | 'preload' | 'comment';

export const textModes: TextMode[] = ['pst', 'msg', 'section', 'replace', 'preload', 'comment'];

/** A section id of the runner: "2", or "T-2" (a section counted as in a transcluded page). */
function sectionId(id: string): { n: number; forInclusion: boolean } | null {
  const n = Number(id.replace(/^T-/, ''));
  return Number.isInteger(n) && n >= 0 ? { n, forInclusion: id.startsWith('T-') } : null;
}

/** Runs one text mode; null when the mode's argument is one we cannot read. */
export function runTextMode(mode: TextMode, text: string, option: string | true, parser: Parser, options: ParserOptions, testOptions: Record<string, unknown> = {}): { text: string; output?: ParserOutput } | null {
  if (mode === 'comment') return { text: formatComment(parser.env, text, { title: options.title, local: testOptions.local !== undefined }) };
  if (mode === 'pst') {
    const ctx = new ParseContext(parser.env, { ...options, pst: true });
    return { text: preSaveTransform(text, ctx), output: ctx.output };
  }
  const out = textOf(mode, text, option, parser, options);
  return out === null ? null : { text: out };
}

function textOf(mode: Exclude<TextMode, 'pst' | 'comment'>, text: string, option: string | true, parser: Parser, options: ParserOptions): string | null {
  switch (mode) {
    case 'msg': {
      const ctx = new ParseContext(parser.env, options);
      ctx.preprocessor.outputType = 'pre';
      return ctx.stripState.unstripBoth(ctx.replaceVariables(text));
    }
    case 'preload': {
      const ctx = new ParseContext(parser.env, options);
      ctx.preprocessor.outputType = 'pre';
      const dom = ctx.preprocessor.toDom(text, true);
      return ctx.stripState.unstripBoth(ctx.rootFrame.expand(dom, NO_ARGS | NO_TEMPLATES));
    }
    case 'section': {
      const id = sectionId(String(option));
      if (id === null) return null;
      return getSection(text, id.n, id.forInclusion) ?? '';
    }
    case 'replace': {
      const [id, ...rest] = String(option).split(',');
      const section = sectionId(id);
      if (section === null) return null;
      return replaceSection(text, section.n, rest.join(','), section.forInclusion) ?? text;
    }
  }
}
