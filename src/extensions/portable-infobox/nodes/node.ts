/**
 * An infobox item read from its XML element (PortableInfobox's Node): how a value is found
 * (template argument named by `source`, else <default>, with <format> applied to a found
 * value), and when an item counts as empty and is left out.
 */
import { childElements, childNamed, textOf, type XmlElement } from '../xml-markup.ts';
import type { InfoboxValueParser } from '../value-parser.ts';

/** What the renderer receives for one item. */
export interface RenderItem {
  type: string;
  data: Record<string, unknown>;
}

/** The template arguments an infobox reads, and the parser for its values. */
export interface NodeContext {
  args: ReadonlyMap<string, string>;
  parser: InfoboxValueParser;
  /** Builds the node for a child element (node-factory.ts). */
  create(el: XmlElement): InfoboxNode;
}

export class UnimplementedTagError extends Error {
  constructor(readonly tag: string) {
    super(`Unimplemented infobox tag: <${tag}>`);
  }
}

export class InfoboxNode {
  private dataCache: Record<string, unknown> | undefined;
  private childCache: InfoboxNode[] | undefined;

  constructor(
    readonly el: XmlElement,
    protected readonly nc: NodeContext,
  ) {}

  /** The item type the renderer knows it by (lower-cased tag name by default). */
  get type(): string {
    return this.el.name.toLowerCase();
  }

  getData(): Record<string, unknown> {
    this.dataCache ??= this.computeData();
    return this.dataCache;
  }

  protected computeData(): Record<string, unknown> {
    return { value: textOf(this.el), source: this.primarySource(), 'item-name': this.itemName() };
  }

  getRenderData(): RenderItem {
    return { type: this.type, data: this.getData() };
  }

  isEmpty(): boolean {
    return isEmptyValue(this.getData().value);
  }

  /** Child nodes, built once. */
  children(): InfoboxNode[] {
    this.childCache ??= this.selectChildren(childElements(this.el)).map((el) => this.nc.create(el));
    return this.childCache;
  }

  protected selectChildren(elements: XmlElement[]): XmlElement[] {
    return elements;
  }

  /** Render data of the non-empty children. */
  protected renderDataForChildren(): RenderItem[] {
    return this.children()
      .filter((child) => !child.isEmpty())
      .map((child) => child.getRenderData());
  }

  protected attr(name: string, el: XmlElement = this.el): string | null {
    return el.attrs.get(name) ?? null;
  }

  protected primarySource(): string | null {
    return this.attr('source');
  }

  protected itemName(): string | null {
    return this.attr('name');
  }

  /** Parsed text of a content element ('' when there is none). */
  protected innerValue(el: XmlElement | undefined): string {
    return this.nc.parser.parseRecursive(textOf(el));
  }

  /** The parsed argument named by the element's `source`, or null when it has none. */
  protected valueFromSource(el: XmlElement): string | null {
    const source = this.attr('source', el);
    if (source === null || source === '') return null;
    return this.nc.parser.parseRecursive(this.nc.args.get(source) ?? '');
  }

  /** The source's value with <format> applied, or the <default> when the value is empty. */
  protected valueWithDefault(el: XmlElement | undefined): string | null {
    if (!el) return null;
    const value = this.valueFromSource(el);
    const empty = value === null || value === '';
    const def = childNamed(el, 'default');
    if (empty && def) return this.innerValue(def);
    const format = childNamed(el, 'format');
    if (!empty && format) return this.innerValue(format);
    return value;
  }
}

/** PortableInfobox's emptiness test: null, '' and empty lists are empty; '0' is not. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  return Array.isArray(value) && value.length === 0;
}
