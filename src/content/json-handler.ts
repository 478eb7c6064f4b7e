/**
 * JSON pages (JsonContentHandler): shown pretty-printed (four spaces, as MediaWiki's
 * FormatJson beautifies) and highlighted; text that is not valid JSON cannot be saved
 * ("Invalid JSON data: Syntax error, malformed JSON", with the line of the error).
 */
import { ParserOutput } from '../core/parser-output.ts';
import type { ContentHandler, ContentProblem } from './content-handler.ts';
import { highlightSource } from './highlight-source.ts';
import { jsonErrorOffset } from './json-error-offset.ts';

type Parsed = { ok: true; value: unknown } | { ok: false; line: number };

export function parseJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, line: text.slice(0, jsonErrorOffset(text)).split('\n').length };
  }
}

/** The text pretty-printed, or null when it is not JSON. */
export function beautifyJson(text: string): string | null {
  const parsed = parseJson(text);
  return parsed.ok ? JSON.stringify(parsed.value, null, 4) : null;
}

export function jsonProblem(text: string): ContentProblem | null {
  const parsed = parseJson(text);
  if (parsed.ok) return null;
  return { code: 'invalid-json-data', message: `Invalid JSON data: Syntax error, malformed JSON (line ${parsed.line}).`, line: parsed.line, confirmable: false };
}

export const jsonHandler: ContentHandler = {
  model: 'json',
  mimeType: 'application/json',
  fillParserOutput(_env, text) {
    const output = new ParserOutput();
    output.html = highlightSource(beautifyJson(text) ?? text, 'json', 'mw-json');
    return output;
  },
  validateSave: (_env, text) => jsonProblem(text),
};
