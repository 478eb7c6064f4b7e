/**
 * Bracketed external links: `[url text]` and `[url]` numbered `[1]`, `[2]`...
 * (Parser::handleExternalLinks). Free URLs are left to the magic-link pass.
 */
import type { ParseContext } from '../parse-context.ts';
import type { Pass } from '../pipeline.ts';
import { makeExternalLink, externalLinkAttribs } from '../../render/external-link.ts';
import { splitTrail } from '../../render/linker.ts';
import { cleanUrl } from '../../sanitize/clean-url.ts';
import { urlProtocolsSource } from '../../sanitize/url-protocols.ts';
import { maybeMakeExternalImage } from './external-image.ts';
import { extLinkAddr, extLinkUrlClass } from './link-patterns.ts';
import { markNoConversion } from '../../language/mark-no-conversion.ts';

const bracketed = new RegExp(
  `\\[((?:${urlProtocolsSource})${extLinkAddr}${extLinkUrlClass}*)\\p{Zs}*([^\\]\\x00-\\x08\\x0a-\\x1F\\uFFFD]*?)\\]`,
  'giu',
);

const absoluteProtocol = new RegExp(`^(?:${urlProtocolsSource})`);

interface AutonumberState {
  count: number;
}

/** Replaces bracketed external links in `text` with `<a class="external ...">`. */
export function handleExternalLinks(text: string, ctx: ParseContext): string {
  const counter = ctx.getState<AutonumberState>('externalLinks.autonumber', () => ({ count: 0 }));
  const config = ctx.config;
  let out = '';
  let last = 0;
  bracketed.lastIndex = 0;
  let m: RegExpExecArray | null;
  const matches: Array<{ start: number; end: number; url: string; text: string }> = [];
  while ((m = bracketed.exec(text)) !== null) {
    matches.push({ start: m.index, end: m.index + m[0].length, url: m[1], text: m[2] });
  }
  for (let i = 0; i < matches.length; i++) {
    const match = matches[i];
    out += text.slice(last, match.start);
    const trailEnd = i + 1 < matches.length ? matches[i + 1].start : text.length;
    let trail = text.slice(match.end, trailEnd);
    last = trailEnd;
    let url = match.url;
    let linkText = match.text;
    // '<' and '>' were escaped by the sanitizer; they end the URL.
    const lt = /&(lt|gt);/.exec(url);
    if (lt) {
      linkText = url.slice(lt.index) + ' ' + linkText;
      url = url.slice(0, lt.index);
    }
    const img = maybeMakeExternalImage(config, linkText);
    if (img !== null) linkText = img;
    let linkType = 'text';
    let dtrail = '';
    if (linkText === '') {
      linkText = `[${++counter.count}]`;
      linkType = 'autonumber';
    } else {
      [dtrail, trail] = splitTrail(trail, config.wgLanguageCode);
    }
    // A URL shown as the text stays as written in every variant.
    if (!linkText.startsWith('//') && absoluteProtocol.test(linkText)) linkText = markNoConversion(ctx, linkText);
    url = cleanUrl(url);
    const href = ctx.env.extensions.externalLinkHref(url, ctx);
    out += makeExternalLink(config, url, linkText, false, linkType, externalLinkAttribs(config, url), href) + dtrail + trail;
    ctx.output.externalLinks.add(url);
  }
  return matches.length === 0 ? text : out + text.slice(last);
}

export const externalLinks: Pass = {
  name: 'externalLinks',
  run: (text, ctx) => handleExternalLinks(text, ctx),
};
