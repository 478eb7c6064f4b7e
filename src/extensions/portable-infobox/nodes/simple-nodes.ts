/**
 * The leaf items: <title>, <header>, <navigation> and <data>.
 */
import { childNamed } from '../xml-markup.ts';
import { InfoboxNode } from './node.ts';

/** <title source="..."><default/><format/></title> */
export class TitleNode extends InfoboxNode {
  protected override computeData(): Record<string, unknown> {
    return { value: this.valueWithDefault(this.el), source: this.attr('source'), 'item-name': this.itemName() };
  }
}

/** <header>text</header>: its text, parsed. */
export class HeaderNode extends InfoboxNode {
  protected override computeData(): Record<string, unknown> {
    return { value: this.innerValue(this.el), 'item-name': this.itemName() };
  }
}

/** <navigation>links</navigation>: dropped when only white space is left. */
export class NavigationNode extends InfoboxNode {
  protected override computeData(): Record<string, unknown> {
    return { value: this.innerValue(this.el), 'item-name': this.itemName() };
  }

  override isEmpty(): boolean {
    return (this.getData().value as string).trim() === '';
  }
}

/** <data source="..." span="n" layout="default"><label/><default/><format/></data> */
export class DataNode extends InfoboxNode {
  protected override computeData(): Record<string, unknown> {
    const span = this.attr('span');
    return {
      label: this.innerValue(childNamed(this.el, 'label')),
      value: this.valueWithDefault(this.el),
      span: span !== null && /^\d+$/.test(span) ? parseInt(span, 10) : 1,
      layout: this.attr('layout') === 'default' ? 'default' : null,
      source: this.primarySource(),
      'item-name': this.itemName(),
    };
  }
}
