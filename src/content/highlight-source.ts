/**
 * A code page's source as MediaWiki shows it with SyntaxHighlight: highlighted, with line
 * numbers, each line in `<span id="L-N">` so `#L-N` links to it (SyntaxHighlight's
 * `line` and `linelinks="L"`). Code the highlighter refuses (unknown language, too large)
 * falls back to the content handler's plain `<pre class="mw-code ...">`.
 */
import { escapeHtml } from '../core/html-entities.ts';
import { renderSyntaxHighlight } from '../extensions/syntaxhighlight/render-syntaxhighlight.ts';

const numberedLine = /<span class="linenos" data-line="(\d+)"><\/span>([^\n]*\n)/g;

/**
 * @param lang the highlighter's language (lua, css, javascript, json)
 * @param plainClass the class of the fallback `<pre>` (mw-script, mw-css, mw-js, mw-json)
 */
export function highlightSource(code: string, lang: string, plainClass: string): string {
  const { html, categories } = renderSyntaxHighlight(code, { lang, line: '' });
  if (categories.includes('syntaxhighlight-error-category') || code.trim() === '') return plainSource(code, plainClass);
  return html.replace(numberedLine, (_, n: string, rest: string) => `<span id="L-${n}"><span class="linenos" data-line="${n}"></span>${rest}</span>`);
}

/** MediaWiki's unhighlighted code: `<pre class="mw-code CLASS" dir="ltr">`. */
export function plainSource(code: string, plainClass: string): string {
  return `<pre class="mw-code ${plainClass}" dir="ltr">\n${escapeHtml(code).replace(/'/g, '&#039;')}\n</pre>\n`;
}
