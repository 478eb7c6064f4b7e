/**
 * Code highlighting with highlight.js, written in the shape Pygments gives MediaWiki:
 * token spans with Pygments' short classes. The library is loaded on first use.
 */
import { createRequire } from 'node:module';
import type { HLJSApi } from 'highlight.js';
import { pygmentsClass } from './pygments-classes.ts';

const require = createRequire(import.meta.url);
let hljs: HLJSApi | null = null;

function library(): HLJSApi {
  hljs ??= require('highlight.js') as HLJSApi;
  return hljs;
}

/** Old GeSHi language names MediaWiki still accepts, by the lexer they mean. */
const GESHI_NAMES: Record<string, string> = {
  html4strict: 'html',
  html5: 'html',
  xhtml: 'html',
  bash: 'bash',
  sh: 'sh',
  'c_mac': 'c',
  cpp: 'cpp',
  'cpp-qt': 'cpp',
  csharp: 'csharp',
  'c#': 'csharp',
  mysql: 'mysql',
  winbatch: 'batch',
  'text': 'text',
};

/** The lexer name for a `lang` value, or null when the language is not known. */
export function getLexer(lang: string | null): string | null {
  if (lang === null) return null;
  const lexer = lang.toLowerCase();
  if (lexer === 'text' || lexer === 'plain' || lexer === 'plaintext') return lexer;
  if (library().getLanguage(lexer)) return lexer;
  const mapped = GESHI_NAMES[lexer];
  if (mapped && (mapped === 'text' || library().getLanguage(mapped))) return mapped;
  return null;
}

/** Highlighted HTML of `code` (no wrapper); plain lexers give escaped text. */
export function highlightCode(code: string, lexer: string): string {
  if (lexer === 'text' || lexer === 'plain' || lexer === 'plaintext') return escapeCode(code);
  const html = library().highlight(code, { language: lexer, ignoreIllegals: true }).value;
  return html
    .replace(/<span class="hljs-([^"]*)">/g, (_, scope: string) => {
      const cls = pygmentsClass(scope);
      return cls === '' ? '<span>' : `<span class="${cls}">`;
    })
    .replace(/&#x27;/g, '&#39;');
}

/** Escapes code as Pygments does. */
export function escapeCode(code: string): string {
  return code.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
