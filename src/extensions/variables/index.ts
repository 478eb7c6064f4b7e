/**
 * The Variables extension (2.5): page-scoped variables set and read in expansion order.
 * {{#vardefine: name | value}}, {{#vardefineecho: name | value}}, {{#var: name | default}},
 * {{#varexists: name | then | else}}, and {{#var_final: name | default}}, which shows the
 * value the variable has at the end of the parse.
 */
import type { ExtensionDefinition, ParserFunctionDefinition, ParserFunctionHook } from '../extension.ts';
import type { ParseContext } from '../../parse/parse-context.ts';
import { phpTrim } from '../parser-functions/php-string.ts';
import { VariableStore } from './variable-store.ts';

function store(ctx: ParseContext): VariableStore {
  return ctx.getState('variables', () => new VariableStore());
}

const expandTrim: (...a: Parameters<ParserFunctionHook>) => string[] = (_ctx, frame, first, args) => [
  first,
  ...args.map((a) => phpTrim(frame.expand(a))),
];

const fn = (hook: ParserFunctionHook): ParserFunctionDefinition => ({ hash: true, hook });

export const variables: ExtensionDefinition = {
  name: 'Variables',
  parserFunctions: {
    vardefine: fn((...call) => {
      const [name, value = ''] = expandTrim(...call);
      store(call[0]).set(name, value);
      return '';
    }),
    vardefineecho: fn((...call) => {
      const [name, value = ''] = expandTrim(...call);
      store(call[0]).set(name, value);
      return value;
    }),
    var: fn((ctx, frame, first, args) => {
      const value = store(ctx).get(first);
      if (value === undefined || value === '') return args[0] === undefined ? '' : phpTrim(frame.expand(args[0]));
      return value;
    }),
    varexists: fn((ctx, frame, first, args) => {
      if (store(ctx).has(first)) return args[0] === undefined ? '1' : phpTrim(frame.expand(args[0]));
      return args[1] === undefined ? '' : phpTrim(frame.expand(args[1]));
    }),
    var_final: fn((...call) => {
      const [name, fallback = ''] = expandTrim(...call);
      return store(call[0]).requestFinal(name, fallback);
    }),
  },
  hooks: {
    // Variables inserts final values right after preprocessing (InternalParseBeforeSanitize);
    // the markers are inert text until then, so the earliest stage after it is used.
    afterParse: (text, ctx) => (ctx.state.has('variables') ? store(ctx).insertFinalValues(text) : text),
  },
};
