/**
 * A fast approximation of a page's visible text from its wikitext, for bulk index builds
 * where parsing every page would take minutes: comments and include-only parts dropped,
 * templates replaced by their argument values (infobox fields, quote texts), links by their
 * labels, categories, files and language links dropped, table, list, heading and quote
 * markup removed, tags stripped, character references decoded. Each page's entry is
 * replaced by the parser's text (html-to-text.ts) when the page is next rendered for its
 * links (a save, or the refreshLinks job an import queues).
 */
import { decodeCharReferences } from '../core/html-entities.ts';

export interface WikitextToTextOptions {
  /** Whether a link target is shown as text; categories, files and language links are not. */
  showsLink?: (target: string) => boolean;
}

const defaultHidden = /^\s*:?\s*(category|file|image|media)\s*:/i;
const maxRounds = 40;

export function wikitextToText(wikitext: string, opts: WikitextToTextOptions = {}): string {
  const showsLink = opts.showsLink ?? ((target: string) => !defaultHidden.test(target));
  let text = wikitext
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    .replace(/<includeonly>[\s\S]*?(?:<\/includeonly>|$)/gi, '')
    .replace(/<\/?(?:noinclude|onlyinclude)\s*>/gi, '')
    .replace(/<(ref|references)\b[^>]*\/>/gi, ' ')
    .replace(/^#redirect\s*:?\s*\[\[[^\]]*\]\]/i, '');
  for (let round = 0; round < maxRounds; round++) {
    const before = text;
    text = text
      .replace(/\{\{\{([^{}|]*)(?:\|([^{}]*))?\}\}\}/g, (_, _name: string, fallback?: string) => fallback ?? '')
      .replace(/\[\[([^[\]]*)\]\]/g, (_, inner: string) => linkText(inner, showsLink))
      .replace(/\{\{([^{}]*)\}\}/g, (_, inner: string) => templateText(inner));
    if (text === before) break;
  }
  text = text
    .replace(/\[(?:https?:|ftp:|mailto:|\/\/)[^\s\]]*\s*([^\]]*)\]/gi, '$1')
    .replace(/\b(?:https?|ftp):\/\/[^\s<>[\]]+/gi, '')
    .replace(/__[A-Z]+__/g, '')
    .replace(/'{2,}/g, '');
  text = text.split('\n').map(lineText).join('\n');
  text = decodeCharReferences(text.replace(/<[^>]*>/g, ' '));
  return text.replace(/[ \t\u00a0]+/g, ' ').replace(/ ?\n\s*/g, '\n').trim();
}

function linkText(inner: string, showsLink: (target: string) => boolean): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  if (!showsLink(target)) return '';
  if (bar === -1) return target.replace(/^\s*:/, '').replace(/#.*$/, '');
  const label = inner.slice(bar + 1);
  return label === '' ? target.replace(/^\s*:?[^:]*:/, '').replace(/\s*\(.*\)\s*$/, '') : label;
}

/** A template call's argument values (a parser function's too); the name is dropped. */
function templateText(inner: string): string {
  const parts = inner.split('|');
  const values = parts.slice(1).map((p) => {
    const eq = p.indexOf('=');
    return eq !== -1 && /^\s*[\w\s-]+$/.test(p.slice(0, eq)) ? p.slice(eq + 1) : p;
  });
  const colon = parts[0].indexOf(':');
  if (colon !== -1 && /^\s*(?:#\w+|[A-Z]+)\s*$/.test(parts[0].slice(0, colon))) values.unshift(parts[0].slice(colon + 1));
  return ` ${values.map((v) => v.trim()).filter(Boolean).join(' ')} `;
}

/** One line without its table, list, heading or rule markup. */
function lineText(line: string): string {
  const t = line.trim();
  if (/^(\{\||\|\}|\|-|-{4,})/.test(t)) return '';
  const heading = /^(=+)\s*(.*?)\s*\1$/.exec(t);
  if (heading) return heading[2];
  if (t.startsWith('|+')) return cellText(t.slice(2));
  if (t.startsWith('|') || t.startsWith('!')) return t.slice(1).split(/\|\||!!/).map(cellText).join(' ');
  return t.replace(/^[*#:;]+\s*/, '');
}

/** A table cell without its attributes (`style="..." | text`). */
function cellText(cell: string): string {
  const bar = cell.indexOf('|');
  return (bar === -1 ? cell : cell.slice(bar + 1)).trim();
}
