/**
 * Small text helpers of the link passes: armouring URLs against the external-link pass,
 * and PHP's rawurldecode for percent-encoded link targets.
 */
import { urlProtocolsSource } from '../../sanitize/url-protocols.ts';
import { noParseMarker, wordStart } from './link-patterns.ts';

const protocolAtWord = new RegExp(`${wordStart}(${urlProtocolsSource})`, 'giu');

/** Hides URLs in generated HTML from handleExternalLinks (Parser::armorLinks). */
export function armorLinks(html: string): string {
  return html.replace(protocolAtWord, `${noParseMarker}$1`);
}

/** Decodes %XX sequences as UTF-8 bytes; invalid byte sequences become U+FFFD. */
export function rawUrlDecode(s: string): string {
  if (!s.includes('%')) return s;
  const bytes: number[] = [];
  for (let i = 0; i < s.length; ) {
    if (s[i] === '%' && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 3;
    } else {
      const cp = s.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      bytes.push(...Buffer.from(ch, 'utf8'));
      i += ch.length;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
