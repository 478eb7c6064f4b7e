/**
 * Double-underscore behaviour switches (MediaWiki's Parser::doDoubleUnderscore): the first
 * __TOC__ becomes the TOC placeholder, every switch is removed from the text and recorded as
 * a page property (ParserOutput.properties), with its effects (notoc unless __TOC__ placed
 * the TOC, hidden-category and index tracking categories).
 */
import { NS_CATEGORY } from '../core/namespace.ts';
import type { Pass } from './pipeline.ts';
import { TOC_POSITION_MARKER } from './block/format-headings.ts';

interface Switch {
  id: string;
  names: string[];
  caseSensitive: boolean;
}

/** MediaWiki 1.39's double-underscore magic words (English). */
export const behaviorSwitchWords: readonly Switch[] = [
  { id: 'notoc', names: ['__NOTOC__'], caseSensitive: false },
  { id: 'nogallery', names: ['__NOGALLERY__'], caseSensitive: false },
  { id: 'forcetoc', names: ['__FORCETOC__'], caseSensitive: false },
  { id: 'toc', names: ['__TOC__'], caseSensitive: false },
  { id: 'noeditsection', names: ['__NOEDITSECTION__'], caseSensitive: false },
  { id: 'newsectionlink', names: ['__NEWSECTIONLINK__'], caseSensitive: true },
  { id: 'nonewsectionlink', names: ['__NONEWSECTIONLINK__'], caseSensitive: true },
  { id: 'hiddencat', names: ['__HIDDENCAT__'], caseSensitive: true },
  { id: 'expectunusedcategory', names: ['__EXPECTUNUSEDCATEGORY__'], caseSensitive: true },
  { id: 'index', names: ['__INDEX__'], caseSensitive: true },
  { id: 'noindex', names: ['__NOINDEX__'], caseSensitive: true },
  { id: 'staticredirect', names: ['__STATICREDIRECT__'], caseSensitive: true },
  { id: 'notitleconvert', names: ['__NOTITLECONVERT__', '__NOTC__'], caseSensitive: false },
  { id: 'nocontentconvert', names: ['__NOCONTENTCONVERT__', '__NOCC__'], caseSensitive: false },
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const matchers = behaviorSwitchWords.map((sw) => ({
  id: sw.id,
  regex: new RegExp(sw.names.map(escape).join('|'), sw.caseSensitive ? 'g' : 'gi'),
}));

export const behaviorSwitches: Pass = {
  name: 'behaviorSwitches',
  run(text, ctx) {
    if (!text.includes('__')) return text;
    const found = new Set<string>();
    let out = text;
    for (const { id, regex } of matchers) {
      regex.lastIndex = 0;
      if (!regex.test(out)) continue;
      found.add(id);
      let first = id === 'toc';
      out = out.replace(regex, () => {
        if (first) {
          first = false;
          return TOC_POSITION_MARKER;
        }
        return '';
      });
    }
    const props = ctx.output.properties;
    for (const id of found) {
      if (id === 'notoc' && found.has('toc')) continue;
      props.set(id, '');
    }
    // ParserOutput::setNewSection / setHideNewSection: output flags as well as page properties.
    if (found.has('newsectionlink')) ctx.output.flags.add('mw-NewSection');
    if (found.has('nonewsectionlink')) ctx.output.flags.add('mw-HideNewSection');
    if (found.has('hiddencat') && ctx.title.ns === NS_CATEGORY) ctx.addTrackingCategory('hidden-category-category');
    return out;
  },
};
