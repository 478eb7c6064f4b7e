/**
 * Reads MediaWiki's parserTests format: `!! test` / `!! wikitext` / `!! options` /
 * `!! config` / `!! html/php` ... `!! end` blocks and `!! article` fixtures.
 */
import { readFileSync } from 'node:fs';

export interface ParserTestCase {
  name: string;
  file: string;
  line: number;
  wikitext: string;
  /** The legacy-parser expectation: html/php, else html, else html/*; null when none. */
  expected: string | null;
  options: Record<string, string | true>;
  config: Record<string, unknown>;
  sections: Record<string, string>;
}

export interface ParserTestArticle {
  title: string;
  text: string;
  line: number;
}

export interface ParserTestFile {
  path: string;
  tests: ParserTestCase[];
  articles: ParserTestArticle[];
  /** Hooks the file requires (`!! hooks` / `!! functionhooks`). */
  requirements: string[];
}

export function readParserTestFile(path: string, name = path): ParserTestFile {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: ParserTestFile = { path: name, tests: [], articles: [], requirements: [] };
  let i = 0;

  while (i < lines.length) {
    const line = lines[i];
    const head = /^!!\s*(\S+)/.exec(line);
    if (!head) {
      i++;
      continue;
    }
    const kind = head[1].toLowerCase();
    if (kind === 'version') {
      i++;
      continue;
    }
    const start = i + 1;
    // Collect sections until the block's end marker.
    const endMarker = kind === 'article' ? 'endarticle' : kind === 'hooks' ? 'endhooks' : kind === 'functionhooks' ? 'endfunctionhooks' : 'end';
    const sections: Record<string, string> = {};
    let current = kind;
    let body: string[] = [];
    i++;
    for (; i < lines.length; i++) {
      const m = /^!!\s*(\S+)\s*$/.exec(lines[i]);
      if (m) {
        const key = m[1].toLowerCase();
        sections[current] = body.join('\n');
        if (key === endMarker) {
          i++;
          break;
        }
        current = key;
        body = [];
        continue;
      }
      body.push(lines[i]);
    }
    if (kind === 'test') {
      const testName = sections.test.trim();
      const expected = sections['html/php'] ?? sections['html'] ?? sections['html/*'] ?? null;
      out.tests.push({
        name: testName,
        file: name,
        line: start,
        wikitext: sections.wikitext ?? sections.input ?? '',
        expected,
        options: parseOptions(sections.options ?? ''),
        config: parseConfig(sections.config ?? ''),
        sections,
      });
    } else if (kind === 'article') {
      out.articles.push({ title: sections.article.trim(), text: sections.text ?? '', line: start });
    } else if (kind === 'hooks' || kind === 'functionhooks') {
      out.requirements.push(...(sections[kind] ?? '').split(/\s+/).filter(Boolean));
    }
  }
  return out;
}

/**
 * Options: space-separated `key`, `key=value`, `key="quoted"`, `key=[[link]]`, or
 * `key={json...}` (may span lines). Keys are case-insensitive (lower-cased).
 */
export function parseOptions(text: string): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  let i = 0;
  const s = text;
  while (i < s.length) {
    while (i < s.length && /\s/.test(s[i])) i++;
    const km = /^[^\s=]+/.exec(s.slice(i));
    if (!km) break;
    const key = km[0].toLowerCase();
    i += km[0].length;
    while (i < s.length && s[i] === ' ') i++;
    if (s[i] !== '=') {
      out[key] = true;
      continue;
    }
    i++;
    while (i < s.length && s[i] === ' ') i++;
    const values: string[] = [];
    for (;;) {
      let value: string;
      if (s[i] === '"') {
        const end = s.indexOf('"', i + 1);
        value = s.slice(i + 1, end < 0 ? s.length : end);
        i = end < 0 ? s.length : end + 1;
      } else if (s.startsWith('[[', i)) {
        const end = s.indexOf(']]', i + 2);
        value = s.slice(i + 2, end < 0 ? s.length : end);
        i = end < 0 ? s.length : end + 2;
      } else if (s[i] === '{' || s[i] === '[') {
        const end = matchBracket(s, i);
        value = s.slice(i, end);
        i = end;
      } else {
        const m = /^[^\s,]*/.exec(s.slice(i))!;
        value = m[0];
        i += m[0].length;
      }
      values.push(value);
      if (s[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    out[key] = values.join(',');
  }
  return out;
}

function matchBracket(s: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return s.length;
}

/** `!! config` lines: `wgName=<PHP literal>`. */
export function parseConfig(text: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    out[line.slice(0, eq).trim()] = phpLiteral(line.slice(eq + 1).trim());
  }
  return out;
}

function phpLiteral(value: string): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (value === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  let json = value.replace(/'([^']*)'/g, (_, s: string) => JSON.stringify(s));
  if (json.includes('=>')) json = json.replace(/^\[/, '{').replace(/\]$/, '}').replace(/=>/g, ':');
  try {
    return JSON.parse(json);
  } catch {
    return value;
  }
}
