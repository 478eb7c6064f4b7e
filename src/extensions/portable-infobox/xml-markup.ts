/**
 * Reads infobox markup as XML, the way PortableInfobox does: the text of content tags
 * (<default>, <label>, <format>, <navigation>, <header>) is taken verbatim (CDATA), HTML
 * entities are decoded first and every '&' left is taken literally. Malformed markup raises
 * an InfoboxXmlError listing the problems with their line numbers.
 */
import { decodeCharReferences } from '../../core/html-entities.ts';

export interface XmlElement {
  name: string;
  attrs: Map<string, string>;
  children: Array<XmlElement | string>;
}

export interface XmlProblem {
  /** 1-based line of the problem. */
  line: number;
  /** libxml-style code name, e.g. 'TAG_NAME_MISMATCH'. */
  code: string;
}

export class InfoboxXmlError extends Error {
  constructor(readonly problems: XmlProblem[]) {
    super('infobox markup is not well-formed XML');
  }
}

const contentTagPatterns = ['default', 'label', 'format', 'navigation', 'header'].map((tag) => new RegExp(`(<${tag}[^]*?>)([^]*?)(</${tag}>)`, 'g'));

/** Wraps content-tag text in CDATA, decodes HTML entities and escapes the remaining '&'. */
export function prepareXml(markup: string): string {
  let xml = markup;
  for (const re of contentTagPatterns) {
    xml = xml.replace(re, '$1<![CDATA[$2]]>$3');
  }
  return decodeCharReferences(xml).replace(/&/g, '&amp;');
}

/** Parses prepared markup into its root element. */
export function parseXml(xml: string): XmlElement {
  return new XmlReader(xml).document();
}

/** The element's own text (text and CDATA children, not descendants'), as SimpleXML's string cast. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return '';
  let s = '';
  for (const c of el.children) if (typeof c === 'string') s += c;
  return s;
}

/** The first child element with this exact name. */
export function childNamed(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function childElements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}

const nameRe = /[A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*/y;
const xmlEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

class XmlReader {
  private pos = 0;

  constructor(private readonly src: string) {}

  document(): XmlElement {
    this.skipMisc();
    if (this.src[this.pos] !== '<') this.fail('DOCUMENT_EMPTY');
    const root = this.element();
    this.skipMisc();
    if (this.pos < this.src.length) this.fail('DOCUMENT_END');
    return root;
  }

  private element(): XmlElement {
    this.pos++; // '<'
    const name = this.name();
    const attrs = new Map<string, string>();
    for (;;) {
      const hadSpace = this.skipSpace();
      const c = this.src[this.pos];
      if (c === '/' && this.src[this.pos + 1] === '>') {
        this.pos += 2;
        return { name, attrs, children: [] };
      }
      if (c === '>') {
        this.pos++;
        break;
      }
      if (c === undefined) this.fail('GT_REQUIRED');
      if (!hadSpace) this.fail('SPACE_REQUIRED');
      const attr = this.name();
      this.skipSpace();
      if (this.src[this.pos] !== '=') this.fail('ATTRIBUTE_WITHOUT_VALUE');
      this.pos++;
      this.skipSpace();
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail('ATTRIBUTE_NOT_STARTED');
      const end = this.src.indexOf(quote, this.pos + 1);
      if (end < 0) this.fail('ATTRIBUTE_NOT_FINISHED');
      const raw = this.src.slice(this.pos + 1, end);
      if (raw.includes('<')) this.fail('LT_IN_ATTRIBUTE');
      attrs.set(attr, this.decode(raw.replace(/[\t\n\r]/g, ' ')));
      this.pos = end + 1;
    }
    const children: Array<XmlElement | string> = [];
    for (;;) {
      const lt = this.src.indexOf('<', this.pos);
      if (lt < 0) {
        this.pos = this.src.length;
        this.fail('TAG_NOT_FINISHED');
      }
      if (lt > this.pos) children.push(this.decode(this.src.slice(this.pos, lt)));
      this.pos = lt;
      if (this.src.startsWith('</', lt)) {
        this.pos += 2;
        const closing = this.name();
        if (closing !== name) this.fail('TAG_NAME_MISMATCH');
        this.skipSpace();
        if (this.src[this.pos] !== '>') this.fail('GT_REQUIRED');
        this.pos++;
        return { name, attrs, children };
      }
      if (this.src.startsWith('<![CDATA[', lt)) {
        const end = this.src.indexOf(']]>', lt + 9);
        if (end < 0) this.fail('CDATA_NOT_FINISHED');
        children.push(this.src.slice(lt + 9, end));
        this.pos = end + 3;
      } else if (this.src.startsWith('<!--', lt) || this.src.startsWith('<?', lt)) {
        this.skipMarkupDeclaration();
      } else {
        children.push(this.element());
      }
    }
  }

  private name(): string {
    nameRe.lastIndex = this.pos;
    const m = nameRe.exec(this.src);
    if (!m) this.fail('NAME_REQUIRED');
    this.pos += m![0].length;
    return m![0];
  }

  private skipSpace(): boolean {
    const start = this.pos;
    while (/[ \t\r\n]/.test(this.src[this.pos] ?? '')) this.pos++;
    return this.pos > start;
  }

  /** Skips white space, comments and processing instructions outside the root. */
  private skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.src.startsWith('<!--', this.pos) || this.src.startsWith('<?', this.pos)) this.skipMarkupDeclaration();
      else return;
    }
  }

  private skipMarkupDeclaration(): void {
    const comment = this.src.startsWith('<!--', this.pos);
    const end = this.src.indexOf(comment ? '-->' : '?>', this.pos);
    if (end < 0) this.fail(comment ? 'COMMENT_NOT_FINISHED' : 'PI_NOT_FINISHED');
    this.pos = end + (comment ? 3 : 2);
  }

  private decode(text: string): string {
    return text.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(\w+));/g, (whole, dec?: string, hex?: string, name?: string) => {
      if (dec) return String.fromCodePoint(parseInt(dec, 10));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return xmlEntities[name!] ?? whole;
    });
  }

  private fail(code: string): never {
    const line = this.src.slice(0, this.pos).split('\n').length;
    throw new InfoboxXmlError([{ line, code }]);
  }
}
