/**
 * The options of a [[File:...|...]] link, read as MediaWiki's Parser::makeImage reads them:
 * each '|'-separated part is matched against the image magic words (thumb, frame, 200px,
 * upright, alignments, alt=, link=, class=, ...); a part that matches nothing, or fails
 * validation, becomes the caption (the last one wins).
 */

export interface FrameParams {
  align: string;
  valign?: string;
  alt?: string;
  title?: string;
  caption: string;
  class: string;
  thumbnail?: true;
  framed?: true;
  frameless?: true;
  manualthumb?: string;
  border?: true;
  /** The factor, or false for a bare 'upright'. */
  upright?: number | false;
  'link-url'?: string;
  'link-title'?: string;
  'no-link'?: true;
}

export interface HandlerParams {
  width?: number;
  height?: number;
  page?: number;
}

export interface ImageOptions {
  frame: FrameParams;
  handler: HandlerParams;
}

type Matcher = { name: string; re: RegExp };

const word = (name: string, ...aliases: string[]): Matcher[] =>
  aliases.map((a) => ({ name, re: new RegExp(`^${a.replace('$1', '([^]*)')}$`) }));

/** Image magic words of MediaWiki 1.39 (English, case-sensitive as there). */
const matchers: Matcher[] = [
  ...word('manualthumb', 'thumbnail=$1', 'thumb=$1'),
  ...word('thumbnail', 'thumb', 'thumbnail'),
  ...word('framed', 'framed', 'enframed', 'frame'),
  ...word('frameless', 'frameless'),
  ...word('upright', 'upright', 'upright=$1', 'upright $1'),
  ...word('border', 'border'),
  ...word('right', 'right'),
  ...word('left', 'left'),
  ...word('none', 'none'),
  ...word('center', 'center', 'centre'),
  ...word('baseline', 'baseline'),
  ...word('sub', 'sub'),
  ...word('super', 'super', 'sup'),
  ...word('top', 'top'),
  ...word('text-top', 'text-top'),
  ...word('middle', 'middle'),
  ...word('bottom', 'bottom'),
  ...word('text-bottom', 'text-bottom'),
  ...word('width', '$1px'),
  ...word('alt', 'alt=$1'),
  ...word('link', 'link=$1'),
  ...word('page', 'page=$1', 'page $1'),
  ...word('class', 'class=$1'),
];

const horizAligns = new Set(['left', 'right', 'center', 'none']);
const vertAligns = new Set(['baseline', 'sub', 'super', 'top', 'text-top', 'middle', 'bottom', 'text-bottom']);

/** The magic word a part matches, and its $1 value (false for a word without one). */
export function matchImageWord(part: string): { name: string; value: string | false } | null {
  for (const m of matchers) {
    const r = m.re.exec(part);
    if (r) return { name: m.name, value: r[1] ?? false };
  }
  return null;
}

/** (T15500) "200px", "200x100px", "x100px" and "200pxpx" sizes. */
export function parseWidthParam(value: string): { width?: number; height?: number } {
  if (value === '') return {};
  const wh = /^([0-9]*)x([0-9]*)\s*(?:px)?\s*$/.exec(value);
  if (wh) return { width: parseInt(wh[1] || '0', 10), height: parseInt(wh[2] || '0', 10) };
  if (/^[0-9]*\s*(?:px)?\s*$/.test(value)) return { width: parseInt(value, 10) || 0 };
  return {};
}

export interface OptionHelpers {
  /** Plain text of an option value (link holders and strip markers replaced, tags removed). */
  stripAltText(text: string): string;
  /** Classifies a link= value: '' → no link, a URL, or a page title (null when invalid). */
  parseLink(value: string): { type: 'no-link' } | { type: 'link-url'; target: string } | { type: 'link-title'; target: string } | null;
}

export function parseImageOptions(parts: string[], helpers: OptionHelpers): ImageOptions {
  const frame: FrameParams = { align: '', caption: '', class: '' };
  const handler: HandlerParams = {};
  let horiz: string | undefined;
  let vert: string | undefined;
  let seenFormat = false;
  let caption = '';
  const f = frame as unknown as Record<string, unknown>;

  for (const raw of parts) {
    const part = raw.trim();
    const m = matchImageWord(part);
    let validated = false;
    if (m) {
      const { name, value } = m;
      if (name === 'width') {
        const size = parseWidthParam(value as string);
        if (size.width !== undefined && size.width > 0) {
          handler.width = size.width;
          validated = true;
        }
        if (size.height !== undefined && size.height > 0) {
          handler.height = size.height;
          validated = true;
        }
      } else if (name === 'page') {
        const n = Number((value as string).trim());
        validated = Number.isInteger(n) && n > 0;
        if (validated) handler.page = n;
      } else if (name === 'alt' || name === 'class') {
        validated = true;
        f[name] = helpers.stripAltText(value as string);
      } else if (name === 'link') {
        const link = helpers.parseLink(helpers.stripAltText(value as string));
        if (link) {
          validated = true;
          if (link.type === 'no-link') frame['no-link'] = true;
          else f[link.type] = link.target;
        }
      } else if (name === 'frameless' || name === 'framed' || name === 'thumbnail' || name === 'manualthumb') {
        // Only the first format option counts.
        validated = !seenFormat;
        seenFormat = true;
        if (validated) f[name] = name === 'manualthumb' ? helpers.stripAltText(value as string) : true;
      } else {
        validated = value === false || (value.trim() !== '' && !Number.isNaN(Number(value.trim())));
        if (validated) {
          if (horizAligns.has(name)) horiz ??= name;
          else if (vertAligns.has(name)) vert ??= name;
          else if (name === 'upright') frame.upright = value === false ? false : Number(value.trim());
          else f[name] = true;
        }
      }
    }
    if (!validated) caption = part;
  }
  if (horiz) frame.align = horiz;
  if (vert) frame.valign = vert;
  frame.caption = caption;
  const hasVisibleCaption = frame.framed || frame.thumbnail || frame.manualthumb !== undefined;
  if (!hasVisibleCaption) {
    if (caption !== '' && frame.alt === undefined) frame.alt = helpers.stripAltText(caption);
    frame.title = helpers.stripAltText(caption);
  }
  return { frame, handler };
}
