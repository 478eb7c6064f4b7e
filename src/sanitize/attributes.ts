/**
 * Allowed attributes per element, as data (MediaWiki 1.39's Sanitizer attribute allowlist).
 * `data-*` attributes are allowed on every element separately (see validate-attributes.ts).
 */

const common = [
  'id', 'class', 'style', 'lang', 'dir', 'title', 'tabindex',
  // WAI-ARIA
  'aria-describedby', 'aria-flowto', 'aria-hidden', 'aria-label', 'aria-labelledby', 'aria-owns', 'role',
  // RDFa
  'about', 'property', 'resource', 'datatype', 'typeof',
  // Microdata
  'itemid', 'itemprop', 'itemref', 'itemscope', 'itemtype',
];
const block = [...common, 'align'];
const tableAlign = ['align', 'valign'];
const tableCell = ['abbr', 'axis', 'headers', 'scope', 'rowspan', 'colspan', 'nowrap', 'width', 'height', 'bgcolor'];

const spec: Record<string, string[]> = {
  div: block, center: common, span: common,
  h1: block, h2: block, h3: block, h4: block, h5: block, h6: block,
  bdo: common,
  em: common, strong: common, cite: common, dfn: common, code: common, samp: common, kbd: common,
  var: common, abbr: common,
  blockquote: [...common, 'cite'], q: [...common, 'cite'],
  sub: common, sup: common,
  p: block,
  br: [...common, 'clear'],
  wbr: common,
  pre: [...common, 'width'],
  ins: [...common, 'cite', 'datetime'], del: [...common, 'cite', 'datetime'],
  ul: [...common, 'type'], ol: [...common, 'type', 'start', 'reversed'], li: [...common, 'type', 'value'],
  dl: common, dd: common, dt: common,
  table: [...common, 'summary', 'width', 'border', 'frame', 'rules', 'cellspacing', 'cellpadding', 'align', 'bgcolor'],
  caption: block,
  thead: common, tfoot: common, tbody: common,
  colgroup: [...common, 'span'], col: [...common, 'span'],
  tr: [...common, 'bgcolor', ...tableAlign],
  td: [...common, ...tableCell, ...tableAlign], th: [...common, ...tableCell, ...tableAlign],
  a: [...common, 'href', 'rel', 'rev'],
  img: [...common, 'alt', 'src', 'width', 'height', 'srcset'],
  audio: [...common, 'controls', 'preload', 'width', 'height'],
  video: [...common, 'poster', 'controls', 'preload', 'width', 'height'],
  source: [...common, 'type', 'src'],
  track: [...common, 'type', 'src', 'srclang', 'kind', 'label'],
  tt: common, b: common, i: common, big: common, small: common, strike: common, s: common, u: common,
  font: [...common, 'size', 'color', 'face'],
  hr: [...common, 'width'],
  ruby: common, rb: common, rp: common, rt: common, rtc: common,
  math: ['class', 'style', 'id', 'title'],
  figure: common, figcaption: common,
  bdi: common,
  data: [...common, 'value'], time: [...common, 'datetime'], mark: common,
  meta: ['itemprop', 'content'],
  link: ['itemprop', 'href', 'title'],
  aside: common,
};

const allowed = new Map<string, ReadonlySet<string>>(Object.entries(spec).map(([tag, list]) => [tag, new Set(list)]));
const none: ReadonlySet<string> = new Set();

/** The attributes allowed on an element (lower-case name); empty for unknown elements. */
export function attributesAllowed(element: string): ReadonlySet<string> {
  return allowed.get(element) ?? none;
}
