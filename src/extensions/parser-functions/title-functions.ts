/** {{#rel2abs: path | base}} and {{#titleparts: title | parts | offset}}. */
import type { ParseContext } from '../../parse/parse-context.ts';
import { escapeMessage, phpTrim } from './php-string.ts';

/** PHP's (int) of a string: leading white space, sign and digits; 0 when none. */
export function phpIntval(s: string): number {
  const m = /^[ \t\n\r\v\f]*([+-]?\d+)/.exec(s);
  if (!m) return 0;
  const n = Number(m[1]);
  return Math.max(Math.min(n, Number.MAX_SAFE_INTEGER), -Number.MAX_SAFE_INTEGER);
}

export function rel2abs(ctx: ParseContext, toIn: string, fromIn: string): string {
  let from = phpTrim(fromIn);
  if (from === '') from = ctx.title.prefixedText;
  const to = toIn.replace(/[ /]+$/, '');
  if (to === '' || to === '.') return from;
  if (!to.startsWith('/') && !to.startsWith('./') && !to.startsWith('../') && to !== '..') from = '';
  let full = `/${from}/${to}/`;
  full = full.replace(/\/(\.\/)+/g, '/').replace(/\/{2,}/g, '/').replace(/^\/+|\/+$/g, '');
  const out: string[] = [];
  for (const part of full.split('/')) {
    if (part === '..') {
      if (out.length === 0) {
        const msg = `Error: Invalid depth in path: "${full}" (tried to access a node above the root node).`;
        return `<strong class="error">${escapeMessage(msg)}</strong>`;
      }
      out.pop();
    } else {
      out.push(part);
    }
  }
  return out.join('/');
}

export function titleparts(ctx: ParseContext, text: string, partsIn: string, offsetIn: string): string {
  const parts = phpIntval(partsIn);
  let offset = phpIntval(offsetIn);
  const title = ctx.env.titles.parse(text);
  if (!title) return text;
  const all = title.prefixedText.split('/');
  // explode() with a limit of 25 keeps the rest in the last piece.
  const bits = all.length > 25 ? [...all.slice(0, 24), all.slice(24).join('/')] : all;
  if (offset > 0) offset--;
  const start = offset < 0 ? Math.max(0, bits.length + offset) : offset;
  if (parts === 0) return bits.slice(start).join('/');
  const end = parts < 0 ? bits.length + parts : start + parts;
  return bits.slice(start, Math.max(start, end)).join('/');
}
