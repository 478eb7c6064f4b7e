/**
 * [[Target|text]] links, categories, interwiki and language links, files (Parser::handleInternalLinks).
 * Links to ordinary pages become placeholders (see link-holders.ts); everything else is
 * decided here.
 */
import { NS_CATEGORY, NS_FILE, NS_MEDIA, NS_MAIN, NS_SPECIAL } from '../../core/namespace.ts';
import type { Title } from '../../core/title.ts';
import type { ParseContext } from '../parse-context.ts';
import type { Pass } from '../pipeline.ts';
import { makeImage } from '../../render/image.ts';
import { linkText, makeKnownLink, makeSelfLink, splitTrail } from '../../render/linker.ts';
import { linkPrefixLength } from '../../language/link-trail.ts';
import { decodeCharReferences } from '../../sanitize/char-references.ts';
import { hasUrlProtocol } from '../../sanitize/url-protocols.ts';
import { handleExternalLinks } from './external-link.ts';
import { isKnownSpecialPage } from './special-pages.ts';
import { isLanguageCode } from './language-codes.ts';
import { linkHolderArray } from './link-holders.ts';
import { makeMediaLink } from './media-link.ts';
import { doQuotes } from './quotes.ts';
import { normalizeSubpageLink } from './subpage-link.ts';
import { armorLinks, rawUrlDecode } from './link-text.ts';

const tc = " %!\"$&'()*,\\-./0-9:;=?@A-Z\\\\^_`a-z~\\u0080-\\u{10FFFF}+#%";
const e1 = new RegExp(`^([${tc}]+)(?:\\|(.+?))?\\]\\](.*)$`, 'su');
const e1Img = new RegExp(`^([${tc}]+)\\|(.*)$`, 'su');
const stripMarker = /\x7f'"`UNIQ-.*?-QINU`"'\x7f/;

/** Per-parse record of language prefixes already linked (one language link per language). */
function languageLinkSeen(ctx: ParseContext): Set<string> {
  return ctx.getState('internalLinks.languages', () => new Set<string>());
}

function isAlwaysKnown(ctx: ParseContext, title: Title): boolean {
  if (title.isExternal) return true;
  if (title.ns === NS_FILE || title.ns === NS_MEDIA) return ctx.env.data.getFile(title) !== null;
  if (title.ns === NS_SPECIAL) return isKnownSpecialPage(title.dbKey);
  if (title.ns === NS_MAIN) return title.dbKey === '';
  return false;
}

/** Whether the link starts with a prefix that points back at this wiki (`[[local:es:X]]`). */
function wasLocalInterwiki(ctx: ParseContext, link: string): boolean {
  const colon = link.indexOf(':');
  if (colon <= 0) return false;
  const prefix = link.slice(0, colon).trim().toLowerCase();
  return ctx.config.wgLocalInterwikis.some((p) => p.toLowerCase() === prefix);
}

function makeKnownLinkHolder(ctx: ParseContext, title: Title, text: string, trail: string, prefix: string): string {
  const [inside, rest] = splitTrail(trail, ctx.config.wgLanguageCode);
  const html = text === '' && prefix === '' ? null : prefix + (text === '' ? linkText(title) : text) + inside;
  return armorLinks(makeKnownLink(ctx.env, title, html)) + rest;
}

/** Replaces the [[...]] links of `s` with link HTML or placeholders. */
export function handleInternalLinks(s: string, ctx: ParseContext): string {
  const pieces = (' ' + s).split('[[');
  let out = pieces[0].slice(1);
  const holders = linkHolderArray(ctx);
  const pageTitle = ctx.title;
  const titles = ctx.env.titles;
  const notTalk = !pageTitle.isTalk;
  const useSubpages = titles.namespaces.hasSubpages(pageTitle.ns);
  // Letters of the content language's prefix charset right before `[[` join a link's text.
  const takePrefix = (): string => {
    const n = linkPrefixLength(out, ctx.config.wgLanguageCode);
    if (n === 0) return '';
    const prefix = out.slice(out.length - n);
    out = out.slice(0, out.length - n);
    return prefix;
  };

  for (let k = 1; k < pieces.length; k++) {
    const line = pieces[k];
    let mightBeImg = false;
    let target: string;
    let text: string;
    let trail: string;
    let m = e1.exec(line);
    if (m) {
      target = m[1];
      text = m[2] ?? '';
      trail = m[3];
      if (text !== '' && trail.startsWith(']') && text.includes('[')) {
        text += ']';
        trail = trail.slice(1);
      }
    } else if ((m = e1Img.exec(line))) {
      mightBeImg = true;
      target = m[1];
      text = m[2];
      trail = '';
    } else {
      out += '[[' + line;
      continue;
    }
    if (target.includes('%')) target = rawUrlDecode(target).replace(/</g, '&lt;').replace(/>/g, '&gt;');

    const origLink = target.replace(/^ +/, '');
    if (hasUrlProtocol(origLink)) {
      out += '[[' + line;
      continue;
    }
    let link = origLink;
    if (useSubpages) ({ target: link, text } = normalizeSubpageLink(pageTitle.prefixedText, origLink, text));

    const nt = stripMarker.test(link) ? null : titles.parse(link);
    if (nt === null) {
      out += '[[' + line;
      continue;
    }
    const ns = nt.ns;
    const noForce = !origLink.startsWith(':');

    if (mightBeImg) {
      if (ns === NS_FILE && noForce) {
        let found = false;
        while (k + 1 < pieces.length) {
          const next = pieces[++k];
          const parts = next.split(']]');
          if (parts.length >= 3) {
            found = true;
            text += `[[${parts[0]}]]${parts[1]}`;
            trail = parts.slice(2).join(']]');
            break;
          } else if (parts.length === 2) {
            text += `[[${parts[0]}]]${parts[1]}`;
          } else {
            text += '[[' + next;
            break;
          }
        }
        if (!found) {
          out += `[[${link}|${handleInternalLinks(text, ctx)}`;
          continue;
        }
      } else {
        out += `[[${link}|${text}`;
        continue;
      }
    }

    const wasBlank = text === '';
    if (wasBlank) text = noForce ? link : link.slice(1);
    else text = doQuotes(text);

    if (noForce && !wasLocalInterwiki(ctx, link)) {
      const iw = nt.interwiki;
      if (iw && notTalk && (isLanguageCode(iw) || ctx.config.wgExtraInterlanguageLinkPrefixes.includes(iw))) {
        const seen = languageLinkSeen(ctx);
        if (!seen.has(iw)) {
          seen.add(iw);
          ctx.output.languageLinks.push(nt.fullText);
        }
        out = out.replace(/[ \t\n\r\0\x0B]+$/, '');
        out += trail.replace(/^\n+|\n+$/g, '') === '' ? '' : trail;
        continue;
      }
      if (ns === NS_FILE) {
        if (wasBlank) text = '';
        else text = handleInternalLinks(handleExternalLinks(text, ctx), ctx);
        out += armorLinks(makeImage(ctx, nt, text)) + trail;
        continue;
      }
      if (ns === NS_CATEGORY) {
        out = out.replace(/[ \t\n\r\0\x0B]+$/, '') + trail;
        let sortKey = wasBlank ? (ctx.output.properties.get('defaultsort') ?? '') : text;
        sortKey = decodeCharReferences(sortKey).replace(/\n/g, '');
        ctx.output.addCategory(nt.dbKey, sortKey);
        continue;
      }
    }

    if (ns !== NS_SPECIAL && nt.equals(pageTitle) && !nt.fragment) {
      const [inside, rest] = splitTrail(trail, ctx.config.wgLanguageCode);
      const prefix = takePrefix();
      out += makeSelfLink(nt, text, inside, prefix) + rest;
      continue;
    }
    if (ns === NS_MEDIA) {
      out += armorLinks(makeMediaLink(ctx, nt, text)) + trail;
      continue;
    }
    if (!nt.isExternal && isAlwaysKnown(ctx, nt)) {
      if (nt.ns >= 0 && nt.dbKey !== '') ctx.output.addLink(nt);
      const prefix = takePrefix();
      out += makeKnownLinkHolder(ctx, nt, text, trail, prefix);
    } else {
      const prefix = takePrefix();
      out += holders.makeHolder(nt, text, trail, prefix);
    }
  }
  return out;
}

export const internalLinks: Pass = {
  name: 'internalLinks',
  run: (text, ctx) => handleInternalLinks(text, ctx),
};
