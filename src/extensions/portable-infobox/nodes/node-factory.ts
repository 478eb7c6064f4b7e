/**
 * Builds the node for an infobox element by its tag name (case-insensitive). A tag the
 * infobox does not know becomes an UnimplementedNode, which aborts rendering with an error
 * as soon as its value is asked for.
 */
import type { XmlElement } from '../xml-markup.ts';
import type { InfoboxValueParser } from '../value-parser.ts';
import { InfoboxNode, UnimplementedTagError, type NodeContext } from './node.ts';
import { DataNode, HeaderNode, NavigationNode, TitleNode } from './simple-nodes.ts';
import { GroupNode, InfoboxRootNode, PanelNode, SectionNode } from './container-nodes.ts';
import { MediaNode } from './media-node.ts';

export class UnimplementedNode extends InfoboxNode {
  protected override computeData(): Record<string, unknown> {
    throw new UnimplementedTagError(this.type);
  }
}

type NodeClass = new (el: XmlElement, nc: NodeContext) => InfoboxNode;

const nodeClasses: Record<string, NodeClass> = {
  infobox: InfoboxRootNode,
  title: TitleNode,
  header: HeaderNode,
  navigation: NavigationNode,
  data: DataNode,
  group: GroupNode,
  panel: PanelNode,
  section: SectionNode,
  image: MediaNode,
  media: MediaNode,
  video: MediaNode,
  audio: MediaNode,
};

/** The node tree for an <infobox> element, reading `args` through `parser`. */
export function createInfoboxNode(root: XmlElement, args: ReadonlyMap<string, string>, parser: InfoboxValueParser): InfoboxNode {
  const nc: NodeContext = {
    args,
    parser,
    create: (el) => new (nodeClasses[el.name.toLowerCase()] ?? UnimplementedNode)(el, nc),
  };
  return nc.create(root);
}
