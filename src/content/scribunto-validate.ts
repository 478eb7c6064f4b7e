/**
 * Scribunto's validate step: a module's source compiled (not run) by the Lua VM, as
 * `#invoke` would compile it (after the Lua 5.1 rewrite). One bare VM, without the mw
 * library, serves every check; compiling leaves nothing behind in it.
 */
import { LuaVM } from '../lua/lua-vm.ts';
import { rewrittenModuleSource } from '../lua/module-source-cache.ts';
import { scriptErrorMessage } from '../lua/script-error.ts';
import type { Title } from '../core/title.ts';
import type { ContentProblem } from './content-handler.ts';

/** Heap a compile may use (a large data module's constants). */
const COMPILE_MEMORY = 256 * 1024 * 1024;

let vm: LuaVM | null = null;

/** The Lua error of a module that does not compile, or null when it compiles. */
export function compileError(source: string, title: Title): { message: string; line?: number } | null {
  vm ??= new LuaVM(COMPILE_MEMORY);
  const rewritten = rewrittenModuleSource(title.prefixedDBKey, source);
  const error = vm.compile(rewritten, `=${title.prefixedDBKey}`);
  if (error === null) return null;
  const located = /^.*?:(\d+): /.exec(error);
  return { message: scriptErrorMessage({ kind: 'lua', message: error }), line: located ? Number(located[1]) : undefined };
}

/** The save check: "Script error: Lua error in Module:X at line N: ...", which the editor may override. */
export function scribuntoProblem(source: string, title: Title): ContentProblem | null {
  const error = compileError(source, title);
  if (!error) return null;
  return { code: 'scribunto-error-short', message: `Script error: ${error.message}`, line: error.line, confirmable: true };
}
