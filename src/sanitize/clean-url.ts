/**
 * Normalises a URL before it goes into a link (Sanitizer::cleanUrl): references decoded,
 * unsafe characters percent-encoded, characters ignored in host names removed.
 */
import { decodeCharReferences } from './char-references.ts';
import { phpUrlencode } from './escape-id.ts';

const ignoredInHost =
  /\s|\u00AD|\u034F|\u061C|[\u115F-\u1160]|[\u17B4-\u17B5]|[\u180B-\u180D]|\u180E|[\u200B-\u200F]|[\u202A-\u202E]|[\u2060-\u206F]|\u3164|[\uFE00-\uFE0F]|\uFEFF|\uFFA0|[\uFFF0-\uFFF8]|[\u{1BCA0}-\u{1BCA3}]|[\u{1D173}-\u{1D17A}]|[\u{E0000}-\u{E0FFF}]/gu;

export function cleanUrl(input: string): string {
  let url = decodeCharReferences(input);
  url = url.replace(/[\][<>"\x00-\x20\x7F|]/g, (c) => phpUrlencode(c));
  const m = /^([^:]+:)(\/\/[^/]+)?(.*)$/is.exec(url);
  if (!m) return url;
  const [, protocol, rawHost = '', rest] = m;
  let host = rawHost.replace(ignoredInHost, '');
  const v6 = /^\/\/%5B([0-9A-Fa-f:.]+)%5D((:\d+)?)$/.exec(host);
  if (host.startsWith('//%5B') && v6) host = `//[${v6[1]}]${v6[2]}`;
  return protocol + host + rest;
}
