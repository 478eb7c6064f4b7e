/**
 * Scripted SVG files are refused, as MediaWiki's upload verification does
 * (UploadBase::checkSvgScriptCallback): a browser opening the file would run them on the
 * wiki's origin. This scans elements and attributes for the ways to run code or pull in
 * outside documents: script and event-handler elements, on* attributes, javascript: and
 * non-image data: links, animations that set links or handlers, style sheets and external
 * entities.
 */
import { decodeCharReferences } from '../core/html-entities.ts';

const forbiddenElements = new Set(['script', 'handler', 'listener', 'foreignobject', 'iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'meta', 'base']);
const localRefElements = new Set(['use', 'image', 'feimage', 'tref', 'pattern', 'filter', 'lineargradient', 'radialgradient', 'textpath', 'mpath']);
const animations = new Set(['set', 'animate', 'animatemotion', 'animatetransform', 'animatecolor']);
const safeDataUri = /^data:image\/(?:png|gif|jpe?g|webp)[;,]/;

/** Why the SVG is refused, or null when it is safe to serve. */
export function svgScriptProblem(svg: string): string | null {
  if (/<\?xml-stylesheet/i.test(svg)) return 'an xml-stylesheet processing instruction';
  if (/<!ENTITY/i.test(svg)) return 'an entity declaration';
  for (const m of svg.matchAll(/<([A-Za-z_][\w.:-]*)((?:\s+[^\s=>\/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>/g)) {
    const element = localName(m[1]);
    if (forbiddenElements.has(element)) return `a <${m[1]}> element`;
    for (const a of m[2].matchAll(/([^\s=>\/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g)) {
      const name = a[1].toLowerCase();
      const raw = a[2] === undefined ? '' : a[2].replace(/^["']|["']$/g, '');
      const value = decodeCharReferences(raw).replace(/[\s\x00-\x1f]+/g, '').toLowerCase();
      const attr = localName(name);
      if (attr.startsWith('on')) return `an event handler attribute (${a[1]})`;
      if (attr === 'href') {
        if (/^(?:javascript|vbscript):/.test(value)) return 'a script link';
        if (value.startsWith('data:') && !safeDataUri.test(value)) return 'a data: link that is not an image';
        if (localRefElements.has(element) && value !== '' && !value.startsWith('#') && !safeDataUri.test(value)) {
          return `a <${m[1]}> referring to another document`;
        }
      }
      if (animations.has(element) && (attr === 'attributename' && (/href$/.test(value) || value.startsWith('on')))) {
        return 'an animation of a link or a handler';
      }
      if (attr === 'style' && unsafeCss(value)) return 'a style with a script or an import';
      if (/^(?:javascript|vbscript):/.test(value) && (attr === 'from' || attr === 'to' || attr === 'values')) return 'an animation to a script link';
    }
  }
  for (const m of svg.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) {
    if (unsafeCss(m[1].toLowerCase().replace(/\s+/g, ''))) return 'a style sheet with a script or an import';
  }
  return null;
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1).toLowerCase();
}

function unsafeCss(css: string): boolean {
  return /@import|expression\(|javascript:|vbscript:|-moz-binding|behavior:/.test(css) || /url\((?!["']?(?:#|data:image\/))/.test(css);
}
