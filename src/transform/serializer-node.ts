/**
 * The output tree of tidy: where nodes really end up after p-wrapping and tag-stack
 * splitting, which can differ from where the HTML5 tree builder believes they are.
 */
import type { Token } from 'parse5';

type Attribute = Token.Attribute;

export interface MungerData {
  /** body, blockquote (and the fragment root): bare inline content here gets a <p>. */
  needsPWrapping: boolean;
  /** A <p> inserted by tidy, output only when it holds something non-blank. */
  isPWrapper: boolean;
  /** A formatting element that may be cloned around a block. */
  isSplittable: boolean;
  ancestorPNode: SNode | null;
  wrapBaseNode: SNode | null;
  /** The clone that now receives this node's further children. */
  currentClone: SNode | null;
  /** The open p-wrapper that receives this node's further inline children. */
  childPElement: SNode | null;
  nonblankNodeCount: number;
}

export interface SNode {
  kind: 'element' | 'text' | 'comment';
  name: string;
  namespace: string;
  attrs: Attribute[];
  /** Text of a text or comment node. */
  value: string;
  children: SNode[];
  parent: SNode | null;
  data: MungerData;
}

export function newMungerData(): MungerData {
  return {
    needsPWrapping: false,
    isPWrapper: false,
    isSplittable: false,
    ancestorPNode: null,
    wrapBaseNode: null,
    currentClone: null,
    childPElement: null,
    nonblankNodeCount: 0,
  };
}

export function createSNode(kind: SNode['kind'], name: string, namespace: string, attrs: Attribute[], value = ''): SNode {
  return { kind, name, namespace, attrs, value, children: [], parent: null, data: newMungerData() };
}

export function detach(node: SNode): void {
  const parent = node.parent;
  if (!parent) return;
  const i = parent.children.indexOf(node);
  if (i >= 0) parent.children.splice(i, 1);
  node.parent = null;
}

export function appendTo(parent: SNode, node: SNode): void {
  detach(node);
  node.parent = parent;
  parent.children.push(node);
}

export function insertBeforeNode(ref: SNode, node: SNode): void {
  const parent = ref.parent;
  if (!parent) return;
  detach(node);
  const i = parent.children.indexOf(ref);
  node.parent = parent;
  parent.children.splice(i < 0 ? parent.children.length : i, 0, node);
}

/** Appends text, merging with a trailing text node. */
export function appendText(parent: SNode, text: string): SNode {
  const last = parent.children[parent.children.length - 1];
  if (last && last.kind === 'text') {
    last.value += text;
    return last;
  }
  const node = createSNode('text', '#text', '', [], text);
  appendTo(parent, node);
  return node;
}

export function insertTextBefore(ref: SNode, text: string): SNode {
  const parent = ref.parent;
  const i = parent ? parent.children.indexOf(ref) : -1;
  const prev = parent?.children[i - 1];
  if (prev && prev.kind === 'text') {
    prev.value += text;
    return prev;
  }
  const node = createSNode('text', '#text', '', [], text);
  insertBeforeNode(ref, node);
  return node;
}
