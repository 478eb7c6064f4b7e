/**
 * The wikitext highlighter's tokenizer: a CodeMirror stream parser that reads one line at a
 * time and names each span (heading, bold, link, template, template parameter, extension
 * tag, comment, table, list, magic word…). Templates, parameters and links nest on a stack
 * that carries over line ends; comments and the bodies of <nowiki>, <pre> and the code tags
 * stay open until their end marker. Token names are space-separated; `wikitextTokenTable`
 * gives each its highlighting tag.
 */
import type { StreamParser, StringStream } from '@codemirror/language';

type Frame =
  /** `{{…}}`; `name` while the name part is being read. */
  | { kind: 'template'; part: 'name' | 'arg' }
  | { kind: 'param'; part: 'name' | 'default' }
  | { kind: 'link'; part: 'target' | 'text' }
  | { kind: 'extlink'; part: 'url' | 'text' };

export interface WikitextState {
  stack: Frame[];
  bold: boolean;
  italic: boolean;
  /** Inside `<!-- … -->`. */
  comment: boolean;
  /** Inside a tag whose body is not wikitext (nowiki, pre, syntaxhighlight…): its name. */
  rawTag: string | null;
  /** A heading line is being read. */
  heading: boolean;
  /** How many `{|` tables are open. */
  tables: number;
}

/** Extension tags (and pre) whose content is shown verbatim. */
const RAW_TAGS = new Set(['nowiki', 'pre', 'syntaxhighlight', 'source', 'math', 'chem', 'score', 'templatedata', 'timeline', 'graph', 'mapframe', 'maplink', 'inputbox', 'categorytree', 'charinsert', 'hiero']);
/** Extension tags whose content is wikitext (or lines of it); highlighted as extension tags. */
const EXTENSION_TAGS = new Set(['ref', 'references', 'gallery', 'infobox', 'poem', 'indicator', 'tabber', 'includeonly', 'noinclude', 'onlyinclude', 'section', 'imagemap', 'choose', 'option', 'dpl', 'spoiler']);
const URL_PROTOCOL = /^(?:https?:|ftps?:|mailto:|irc:|ircs:|news:|\/\/)/i;

function top(state: WikitextState): Frame | undefined {
  return state.stack[state.stack.length - 1];
}

function inline(state: WikitextState): string[] {
  const names: string[] = [];
  if (state.bold) names.push('strong');
  if (state.italic) names.push('em');
  if (state.heading) names.push('heading');
  return names;
}

function join(...names: (string | undefined | false)[]): string {
  return names.filter(Boolean).join(' ');
}

function lineStart(stream: StringStream, state: WikitextState): string | null {
  state.heading = false;
  if (state.stack.length > 0) return null;
  const rest = stream.string;
  if (/^(={1,6}).+\1\s*(?:<!--.*-->\s*)*$/.test(rest)) {
    state.heading = true;
    stream.match(/^=+/);
    return 'heading heading-marker';
  }
  if (stream.match(/^-{4,}/)) return 'hr';
  if (stream.match(/^[*#:;]+/)) return 'list';
  if (stream.match(/^\s*\{\|/)) {
    state.tables++;
    return 'table table-delimiter';
  }
  if (stream.match(/^\s*\|\}/)) {
    state.tables = Math.max(0, state.tables - 1);
    return 'table table-delimiter';
  }
  if (stream.match(/^\s*(?:\|-+|\|\+)/)) return 'table table-delimiter';
  if (stream.match(/^\s*[|!]/)) return 'table table-delimiter';
  if (stream.match(/^ (?=\S)/)) return 'preformatted';
  return null;
}

function tag(stream: StringStream, state: WikitextState): string | null {
  const m = stream.match(/^<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/, false) as RegExpMatchArray | null;
  if (!m) return null;
  const name = m[2].toLowerCase();
  const known = RAW_TAGS.has(name) || EXTENSION_TAGS.has(name);
  stream.match(m[0]);
  if (RAW_TAGS.has(name) && !m[1] && !m[3]) state.rawTag = name;
  return known ? 'extension-tag' : 'html-tag';
}

function rawBody(stream: StringStream, state: WikitextState): string {
  const close = new RegExp(`</${state.rawTag}\\s*>`, 'i');
  const rest = stream.string.slice(stream.pos);
  const at = rest.search(close);
  if (at === 0) {
    stream.match(close);
    state.rawTag = null;
    return 'extension-tag';
  }
  if (at < 0) stream.skipToEnd();
  else stream.pos += at;
  return 'nowiki';
}

function comment(stream: StringStream, state: WikitextState): string {
  const end = stream.string.indexOf('-->', stream.pos);
  if (end < 0) stream.skipToEnd();
  else {
    stream.pos = end + 3;
    state.comment = false;
  }
  return 'comment';
}

function token(stream: StringStream, state: WikitextState): string | null {
  if (state.comment) return comment(stream, state);
  if (state.rawTag) return rawBody(stream, state);
  if (stream.sol()) {
    const start = lineStart(stream, state);
    if (start) return start;
  }
  if (stream.match('<!--')) {
    state.comment = true;
    return comment(stream, state);
  }
  const frame = top(state);
  if (stream.match('{{{')) {
    state.stack.push({ kind: 'param', part: 'name' });
    return 'param param-bracket';
  }
  if (stream.match('{{')) {
    state.stack.push({ kind: 'template', part: 'name' });
    return 'template template-bracket';
  }
  if (frame?.kind === 'param' && stream.match('}}}')) {
    state.stack.pop();
    return 'param param-bracket';
  }
  if (frame?.kind === 'template' && stream.match('}}')) {
    state.stack.pop();
    return 'template template-bracket';
  }
  if (stream.match('[[')) {
    state.stack.push({ kind: 'link', part: 'target' });
    return 'link link-bracket';
  }
  if (frame?.kind === 'link' && stream.match(']]')) {
    state.stack.pop();
    return 'link link-bracket';
  }
  if (stream.peek() === '[' && URL_PROTOCOL.test(stream.string.slice(stream.pos + 1))) {
    stream.next();
    state.stack.push({ kind: 'extlink', part: 'url' });
    return 'extlink extlink-bracket';
  }
  if (frame?.kind === 'extlink' && stream.eat(']')) {
    state.stack.pop();
    return 'extlink extlink-bracket';
  }
  if (frame && stream.eat('|')) {
    if (frame.kind === 'template') frame.part = 'arg';
    if (frame.kind === 'param') frame.part = 'default';
    if (frame.kind === 'link') frame.part = 'text';
    return `${frame.kind} ${frame.kind}-delimiter`;
  }
  if (frame?.kind === 'template' && frame.part === 'name') {
    if (stream.match(/^\s*#?[\w ]+:/)) {
      frame.part = 'arg';
      return 'template parser-function';
    }
    if (stream.match(/^[^{}|<[\]]+/)) return 'template template-name';
  }
  if (frame?.kind === 'template' && stream.string.charAt(stream.pos - 1) === '|' && stream.match(/^[^{}|<[\]=]+=/)) return 'template template-arg-name';
  if (frame?.kind === 'param' && frame.part === 'name' && stream.match(/^[^{}|<[\]]+/)) return 'param param-name';
  if (frame?.kind === 'link' && frame.part === 'target' && stream.match(/^[^{}|<[\]]+/)) return 'link link-target';
  if (frame?.kind === 'extlink' && frame.part === 'url') {
    stream.match(/^[^\s\]{}<]+/);
    if (stream.peek() === ' ') frame.part = 'text';
    return 'extlink extlink-url';
  }
  if (stream.peek() === '<') {
    const t = tag(stream, state);
    if (t) return t;
  }
  if (state.tables > 0 && state.stack.length === 0 && stream.match(/^(?:\|\||!!)/)) return 'table table-delimiter';
  if (stream.match(/^__[A-Z_]+__/)) return 'magic-word';
  if (stream.match(/^~{3,5}/)) return 'signature';
  if (stream.match(/^&(?:#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/i)) return 'entity';
  const quotes = stream.match(/^'{2,5}/) as RegExpMatchArray | null;
  if (quotes) {
    const n = quotes[0].length;
    if (n === 2 || n === 5) state.italic = !state.italic;
    if (n === 3 || n === 5) state.bold = !state.bold;
    if (n === 4) state.bold = !state.bold;
    return 'quote';
  }
  if (state.stack.length === 0 && stream.match(/^(?:https?:\/\/|ftp:\/\/)[^\s<>[\]{}|]+/)) return 'extlink extlink-url';
  stream.match(/^[^{}[\]|<'_~&=}\]!\n]+/) || stream.next();
  const context = frame ? `${frame.kind} ${frame.kind}-${frame.part === 'name' || frame.part === 'target' || frame.part === 'url' ? frame.part : 'text'}` : undefined;
  if (state.heading && /^=+\s*$/.test(stream.string.slice(stream.start))) {
    stream.skipToEnd();
    return 'heading heading-marker';
  }
  return join(context, ...inline(state)) || null;
}

export const wikitextParser: StreamParser<WikitextState> = {
  name: 'wikitext',
  startState: () => ({ stack: [], bold: false, italic: false, comment: false, rawTag: null, heading: false, tables: 0 }),
  copyState: (s) => ({ ...s, stack: s.stack.map((f) => ({ ...f }) as Frame) }),
  token(stream, state) {
    if (stream.sol()) {
      state.bold = false;
      state.italic = false;
    }
    return token(stream, state);
  },
  blankLine(state) {
    state.bold = false;
    state.italic = false;
    state.heading = false;
  },
  languageData: {
    commentTokens: { block: { open: '<!--', close: '-->' } },
    /** Apostrophes are bold/italic markup, not quotes to be paired. */
    closeBrackets: { brackets: ['(', '[', '{'] },
  },
};
