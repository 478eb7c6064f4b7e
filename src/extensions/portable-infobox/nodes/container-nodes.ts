/**
 * Items that hold other items: <infobox> itself, <group>, <panel> and its <section>s.
 */
import type { XmlElement } from '../xml-markup.ts';
import { childNamed } from '../xml-markup.ts';
import { InfoboxNode, type RenderItem } from './node.ts';

/** The <infobox> root: its render data is the list of its non-empty items. */
export class InfoboxRootNode extends InfoboxNode {
  protected override computeData(): Record<string, unknown> {
    return { value: this.children().map((c) => c.getData()) };
  }

  items(): RenderItem[] {
    return this.renderDataForChildren();
  }

  override isEmpty(): boolean {
    return this.children().every((c) => c.isEmpty());
  }
}

const groupLayouts = ['default', 'horizontal'];
const collapses = ['open', 'closed'];

/** <group layout show collapse row-items>: empty when every non-header item is empty. */
export class GroupNode extends InfoboxNode {
  protected override computeData(): Record<string, unknown> {
    const showIncomplete = (this.attr('show') ?? '').toLowerCase() === 'incomplete';
    const value = showIncomplete ? this.children().map((c) => c.getRenderData()) : this.renderDataForChildren();
    const layout = this.attr('layout');
    const collapse = this.attr('collapse');
    const rowItems = this.attr('row-items');
    return {
      value,
      layout: layout !== null && groupLayouts.includes(layout) ? layout : 'default',
      collapse: collapse !== null && collapses.includes(collapse) ? collapse : null,
      'row-items': rowItems !== null && /^\d+$/.test(rowItems) ? parseInt(rowItems, 10) : null,
      'item-name': this.itemName(),
    };
  }

  override isEmpty(): boolean {
    return this.children().every((c) => c.type === 'header' || c.isEmpty());
  }
}

/** <panel collapse>: one <header> (the first) and its <section>s; other tags are ignored. */
export class PanelNode extends InfoboxNode {
  protected override selectChildren(elements: XmlElement[]): XmlElement[] {
    let hasHeader = false;
    return elements.filter((el) => {
      if (el.name === 'section') return true;
      if (el.name === 'header' && !hasHeader) return (hasHeader = true);
      return false;
    });
  }

  protected override computeData(): Record<string, unknown> {
    const collapse = this.attr('collapse');
    return {
      value: this.renderDataForChildren(),
      collapse: collapse !== null && collapses.includes(collapse) ? collapse : null,
      'item-name': this.itemName(),
    };
  }
}

/** <section><label/>items</section> inside a panel. */
export class SectionNode extends InfoboxNode {
  protected override selectChildren(elements: XmlElement[]): XmlElement[] {
    return elements.filter((el) => !['section', 'panel', 'label'].includes(el.name));
  }

  protected override computeData(): Record<string, unknown> {
    return {
      label: this.innerValue(childNamed(this.el, 'label')),
      value: this.renderDataForChildren(),
      'item-name': this.itemName(),
    };
  }
}
