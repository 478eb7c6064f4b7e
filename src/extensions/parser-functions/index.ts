/**
 * The ParserFunctions extension (MediaWiki 1.39's, string functions enabled): conditionals,
 * #switch, #expr, #ifexist, #time, title functions and string functions.
 */
import type { ExtensionDefinition, ParserFunctionDefinition, ParserFunctionHook } from '../extension.ts';
import type { Frame, PPNode } from '../../preprocess/frame.ts';
import { phpTrim } from './php-string.ts';
import { ifHook, ifeqHook, iferrorHook, ifexprHook } from './conditionals.ts';
import { exprHook } from './expr-functions.ts';
import { switchHook } from './switch.ts';
import { ifexistHook } from './ifexist.ts';
import { timeHook, timelHook } from './time/time-hooks.ts';
import { rel2abs, titleparts } from './title-functions.ts';
import * as str from './string-functions.ts';

/** All arguments expanded and trimmed, as MediaWiki passes them to functions without object args. */
function expandAll(frame: Frame, first: string, args: PPNode[]): string[] {
  return [first, ...args.map((a) => phpTrim(frame.expand(a)))];
}

/** A function that takes its arguments as trimmed strings. */
function textFunction(f: (a: string[], ...rest: Parameters<ParserFunctionHook>) => string): ParserFunctionDefinition {
  return { hash: true, hook: (ctx, frame, first, args) => f(expandAll(frame, first, args), ctx, frame, first, args) };
}

const objectFunction = (hook: ParserFunctionHook): ParserFunctionDefinition => ({ hash: true, hook });

export const parserFunctions: ExtensionDefinition = {
  name: 'ParserFunctions',
  parserFunctions: {
    if: objectFunction(ifHook),
    ifeq: objectFunction(ifeqHook),
    switch: objectFunction(switchHook),
    ifexist: objectFunction(ifexistHook),
    ifexpr: objectFunction(ifexprHook),
    iferror: objectFunction(iferrorHook),
    time: objectFunction(timeHook),
    timel: objectFunction(timelHook),
    expr: objectFunction(exprHook),
    rel2abs: textFunction((a, ctx) => rel2abs(ctx, a[0], a[1] ?? '')),
    titleparts: textFunction((a, ctx) => titleparts(ctx, a[0], a[1] ?? '0', a[2] ?? '0')),
    len: textFunction((a) => str.len(a[0])),
    pos: textFunction((a) => str.pos(a[0], a[1] ?? '', a[2] ?? '0')),
    rpos: textFunction((a) => str.rpos(a[0], a[1] ?? '')),
    sub: textFunction((a) => str.sub(a[0], a[1] ?? '0', a[2] ?? '0')),
    count: textFunction((a) => str.count(a[0], a[1] ?? '')),
    replace: textFunction((a) => str.replace(a[0], a[1] ?? '', a[2] ?? '', a[3])),
    explode: textFunction((a) => str.explode(a[0], a[1] ?? '', a[2], a[3])),
    urldecode: textFunction((a) => str.urldecode(a[0])),
  },
};
