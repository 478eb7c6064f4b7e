/**
 * `<syntaxhighlight>` (and the older `<source>`) as MediaWiki's SyntaxHighlight extension
 * renders it: `<div class="mw-highlight mw-highlight-lang-LANG mw-content-ltr" dir="ltr"><pre>…</pre></div>`,
 * or `<code class="mw-highlight …">` with `inline`; `line` adds line numbers, `highlight`
 * marks lines, `start` sets the first number. An unknown language is shown unhighlighted.
 */
import { rawElement } from '../../render/html.ts';
import { validateAttributes } from '../../sanitize/tag-attributes.ts';
import { getLexer, highlightCode } from './highlighter.ts';

/** Larger code is shown unhighlighted (SyntaxHighlight::HIGHLIGHT_MAX_BYTES). */
const MAX_BYTES = 100 * 1024;
const CSS_CLASS = 'mw-highlight';

export interface HighlightOutput {
  html: string;
  /** Tracking categories, as message keys. */
  categories: string[];
}

export function renderSyntaxHighlight(text: string, attrs: Record<string, string>): HighlightOutput {
  const categories: string[] = [];
  const args = { ...attrs };
  if (Object.hasOwn(args, 'enclose')) {
    if (args.enclose === 'none') args.inline = '';
    delete args.enclose;
    categories.push('syntaxhighlight-enclose-category');
  }
  const code = phpRtrim(text).replace(/^\n+/, '');
  const { html, good } = highlight(code, args.lang ?? '', args);
  if (!good) categories.push('syntaxhighlight-error-category');
  return { html, categories };
}

function highlight(source: string, lang: string, args: Record<string, string>): { html: string; good: boolean } {
  const isInline = Object.hasOwn(args, 'inline');
  const showLines = Object.hasOwn(args, 'line');
  const lexer = getLexer(lang);
  let good = lexer !== null;
  let inner: string;
  if (source === '') {
    inner = '';
  } else {
    const code = isInline ? phpTrim(source) : source;
    let useLexer = lexer;
    if (Buffer.byteLength(source) > MAX_BYTES) {
      useLexer = null;
      good = false;
    }
    inner = useLexer === null ? plainCode(code, isInline) : highlighted(code, useLexer, args, isInline, showLines);
  }

  const htmlAttrs: Record<string, string> = {};
  for (const [name, value] of validateAttributes(new Map(Object.entries(args)), new Set(['style', 'class', 'id']))) {
    htmlAttrs[name] = value;
  }
  const dir = args.dir === 'rtl' ? 'rtl' : 'ltr';
  const classes = [htmlAttrs.class, CSS_CLASS, lexer !== null ? `${CSS_CLASS}-lang-${lexer}` : undefined, `mw-content-${dir}`];
  if (showLines) classes.push(`${CSS_CLASS}-lines`);
  htmlAttrs.class = classes.filter((c) => c !== undefined).join(' ');
  htmlAttrs.dir = dir;

  if (isInline) return { html: rawElement('code', htmlAttrs, phpTrim(inner).replace(/\n/g, ' ')), good };
  return { html: rawElement('div', htmlAttrs, inner), good };
}

/** Unhighlighted code: escaped text inline, `<pre>` in a block. */
function plainCode(code: string, isInline: boolean): string {
  const escaped = code.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return isInline ? escaped : `<pre>${escaped}</pre>`;
}

function highlighted(code: string, lexer: string, args: Record<string, string>, isInline: boolean, showLines: boolean): string {
  const tokens = highlightCode(code, lexer);
  if (isInline) return tokens;
  const marked = new Set(parseHighlightLines(args.highlight ?? ''));
  const start = /^[0-9]+$/.test(args.start ?? '') ? Number(args.start) : 1;
  const lines = splitLines(tokens.endsWith('\n') ? tokens : `${tokens}\n`);
  const body = lines
    .map((line, i) => {
      const number = showLines ? `<span class="linenos" data-line="${start + i}"></span>` : '';
      const content = number + line;
      return marked.has(i + 1) ? `<span class="hll">${content}</span>` : content;
    })
    .join('');
  return `<pre><span></span>${body}</pre>`;
}

/**
 * Splits highlighted HTML into lines (each with its "\n"), closing spans open at a line end
 * and reopening them on the next line, so each line is well-formed on its own.
 */
function splitLines(html: string): string[] {
  const lines: string[] = [];
  const open: string[] = [];
  let current = '';
  for (const part of html.split(/(<span[^>]*>|<\/span>|\n)/)) {
    if (part === '\n') {
      lines.push(current + '</span>'.repeat(open.length) + '\n');
      current = open.join('');
    } else {
      if (part.startsWith('<span')) open.push(part);
      else if (part === '</span>') open.pop();
      current += part;
    }
  }
  if (current !== open.join('')) lines.push(current);
  return lines;
}

/** "1,3-5" → [1, 3, 4, 5]; at most 1000 lines, invalid ranges ignored. */
export function parseHighlightLines(spec: string): number[] {
  const lines: number[] = [];
  for (const value of spec.split(',').map((v) => v.trim())) {
    const range = /^([0-9]+)-([0-9]+)$/.exec(value);
    if (/^[0-9]+$/.test(value)) {
      if (Number(value) > 0) lines.push(Number(value));
    } else if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      if (from > 0 && from < to && to - from < 1000) for (let n = from; n <= to; n++) lines.push(n);
    }
    if (lines.length > 1000) break;
  }
  return [...new Set(lines)];
}

function phpTrim(text: string): string {
  return text.replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');
}

function phpRtrim(text: string): string {
  return text.replace(/[ \t\n\r\0\x0B]+$/, '');
}

