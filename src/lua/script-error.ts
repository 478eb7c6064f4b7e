/**
 * Script errors as Scribunto shows them: a message (MediaWiki's scribunto-* texts), the
 * `<strong class="error"><span class="scribunto-error" id="mw-scribunto-error-N">` element
 * (#iferror-compatible), the "Pages with script errors" tracking category and a diagnostic.
 */
import { escapeHtml } from '../core/html-entities.ts';
import type { ParseContext } from '../parse/parse-context.ts';

/** What went wrong, as the VM or the host reports it. */
export interface ScriptErrorInfo {
  kind: string;
  message?: string;
  args?: string[];
  trace?: string;
}

const messages: Record<string, (args: string[]) => string> = {
  nosuchmodule: ([name]) => `Script error: No such module "${name}".`,
  nofunction: () => 'Script error: You must specify a function to call.',
  nosuchfunction: ([name]) => `Script error: The function "${name}" does not exist.`,
  notafunction: ([name]) => `Script error: "${name}" is not a function.`,
  noreturn: ([name]) => `Script error: The module "${name}" did not return a value. It is supposed to return an export table.`,
  notarrayreturn: ([name, type]) => `Script error: The module "${name}" returned a ${type} value. It is supposed to return an export table.`,
  timeout: () => 'The time allocated for running scripts has expired.',
  oom: () => 'The amount of memory allowed for running scripts has been exceeded.',
};

/** The message text of an error (Scribunto's ScribuntoException::getMessage). */
export function scriptErrorMessage(info: ScriptErrorInfo): string {
  const known = messages[info.kind];
  if (known) return known(info.args ?? []);
  const text = info.message ?? '';
  const located = /^(.*?):(\d+): ([\s\S]*)$/.exec(text);
  if (located) return `Lua error in ${located[1]} at line ${located[2]}: ${located[3]}.`;
  return `Lua error: ${text}.`;
}

const CATEGORY = 'Pages_with_script_errors';

/** Records the error on the parse and returns the HTML that stands for the #invoke. */
export function renderScriptError(ctx: ParseContext, info: ScriptErrorInfo): string {
  const message = scriptErrorMessage(info);
  const errors = ctx.getState<string[]>('scribunto.errors', () => []);
  errors.push(message);
  ctx.output.trackingCategories.add(CATEGORY);
  if (!ctx.output.categories.has(CATEGORY)) ctx.output.addCategory(CATEGORY, '');
  ctx.output.addDiagnostic(`scribunto-${info.kind}`, info.trace ? `${message}\n${info.trace}` : message);
  const id = `mw-scribunto-error-${errors.length - 1}`;
  return `<strong class="error"><span class="scribunto-error" id="${id}">${escapeHtml(message).replace(/'/g, '&#039;')}</span></strong>`;
}
