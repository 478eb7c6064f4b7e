/**
 * Helpers for core functions that take plain strings (MediaWiki's functions registered
 * without SFH_OBJECT_ARGS): every argument expanded and trimmed.
 */
import type { ParseContext } from '../../parse/parse-context.ts';
import type { Frame } from '../../preprocess/frame.ts';
import { phpTrim } from '../../preprocess/frame.ts';
import type { ParserFunctionDefinition, ParserFunctionResult } from '../extension.ts';

export type PlainHook = (ctx: ParseContext, args: string[], frame: Frame) => ParserFunctionResult;

/** A function without '#', with its arguments as trimmed strings (the first one included). */
export function plain(hook: PlainHook, extra: Partial<ParserFunctionDefinition> = {}): ParserFunctionDefinition {
  return {
    hash: false,
    ...extra,
    hook: (ctx, frame, first, args) => hook(ctx, [first, ...args.map((a) => phpTrim(frame.expand(a)))], frame),
  };
}

/** The same with '#' ({{#language:}}, {{#special:}}). */
export function plainHash(hook: PlainHook, extra: Partial<ParserFunctionDefinition> = {}): ParserFunctionDefinition {
  return plain(hook, { ...extra, hash: true });
}
