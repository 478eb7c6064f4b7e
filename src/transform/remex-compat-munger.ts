/**
 * MediaWiki's tidy compatibility rules applied while the HTML5 tree is built
 * (RemexCompatMunger): bare inline content under body and blockquote is wrapped in <p>,
 * and formatting elements are split around blocks so that no block ends up inside a <p>.
 */
import { appendText, appendTo, createSNode, detach, insertBeforeNode, insertTextBefore, type SNode } from './serializer-node.ts';

/** Elements that are only inline (they trigger p-wrapping and may not hold blocks). */
const onlyInline = new Set(
  ('a abbr acronym applet b basefont bdo big br button cite code del dfn em font i iframe img input ins kbd ' +
    'label legend map object param q rb rbc rp rt rtc ruby s samp select small span strike strong sub sup ' +
    'textarea tt u var video audio bdi data time mark').split(' '),
);
/** Invisible elements: neither trigger nor stop p-wrapping. */
const metadata = new Set(['style', 'script', 'link', 'meta']);
/** Formatting elements, which may be cloned when the tag stack is split. */
const formatting = new Set('a b big code em font i nobr s small strike strong tt u'.split(' '));

function isBlank(text: string): boolean {
  return /^[\t\n\f\r ]*$/.test(text);
}

export type Position = 'under' | 'before';

export class CompatMunger {
  readonly root: SNode;

  /** pwrap false: balance only, wrap nothing in <p> (MediaWiki's tidy with 'pwrap' => false). */
  constructor(private readonly pwrap = true) {
    this.root = createSNode('element', 'html', 'http://www.w3.org/1999/xhtml', []);
    this.root.data.needsPWrapping = pwrap;
  }

  /** Where a node inserted relative to `ref` really goes: [parent, reference]. */
  private parentFor(pos: Position, ref: SNode): [SNode, SNode] {
    if (pos === 'before') return [ref.parent ?? this.root, ref];
    let node = ref;
    const data = node.data;
    if (data.currentClone) {
      while (node.data.currentClone) node = node.data.currentClone;
      data.currentClone = node;
    } else if (data.childPElement) {
      node = data.childPElement;
    }
    return [node, node];
  }

  private insertPWrapper(parent: SNode): SNode {
    const p = createSNode('element', 'p', parent.namespace, []);
    appendTo(parent, p);
    p.data.isPWrapper = true;
    p.data.wrapBaseNode = parent;
    parent.data.childPElement = p;
    return p;
  }

  /** Inserts text; returns the text node that holds it. */
  characters(pos: Position, ref: SNode, text: string): SNode {
    const blank = isBlank(text);
    let [parent, target] = this.parentFor(pos, ref);
    if (pos === 'under') {
      if (parent.data.needsPWrapping && !blank) {
        target = parent = this.insertPWrapper(target);
      } else if (parent.data.isSplittable && !parent.data.ancestorPNode) {
        target = parent = this.splitTagStack(target, true);
      }
    }
    if (!blank) parent.data.nonblankNodeCount++;
    return pos === 'before' ? insertTextBefore(target, text) : appendText(target, text);
  }

  comment(pos: Position, ref: SNode, node: SNode): void {
    const [, target] = this.parentFor(pos, ref);
    if (pos === 'before') insertBeforeNode(target, node);
    else appendTo(target, node);
  }

  /** Inserts (or moves) an element, p-wrapping or splitting as needed. */
  insertElement(pos: Position, ref: SNode, element: SNode): void {
    let [parent, target] = this.parentFor(pos, ref);
    const name = element.name;
    const inline = onlyInline.has(name);
    const under = pos === 'under';
    if (metadata.has(name)) {
      // allowed in both inline and block context
    } else if (under && parent.data.isPWrapper && !inline) {
      // A block under a p-wrapper closes it and goes beside it.
      parent = parent.parent ?? this.root;
      parent.data.childPElement = null;
      target = ref;
    } else if (under && parent.data.isSplittable && Boolean(parent.data.ancestorPNode) !== inline) {
      target = parent = this.splitTagStack(target, inline);
    } else if (under && parent.data.needsPWrapping && inline) {
      target = parent = this.insertPWrapper(target);
    } else if (parent.data.ancestorPNode && !inline) {
      this.disablePWrapper(parent);
    }
    parent.data.nonblankNodeCount++;
    if (pos === 'before') insertBeforeNode(target, element);
    else appendTo(target, element);

    const d = element.data;
    const pd = parent.data;
    if ((pd.isPWrapper || pd.isSplittable) && formatting.has(name)) d.isSplittable = true;
    if (pd.isPWrapper) d.ancestorPNode = parent;
    else if (pd.ancestorPNode) d.ancestorPNode = pd.ancestorPNode;
    if (pd.wrapBaseNode) d.wrapBaseNode = pd.wrapBaseNode;
    else if (pd.needsPWrapping) d.wrapBaseNode = parent;
    if (this.pwrap && (name === 'body' || name === 'blockquote' || name === 'html')) d.needsPWrapping = true;
  }

  /** Clones the open formatting elements up to the p-wrapper (or wrap base); returns the new parent. */
  private splitTagStack(start: SNode, inline: boolean): SNode {
    const wrapBase = start.data.wrapBaseNode ?? this.root;
    let pWrap = start.data.ancestorPNode;
    const cloneEnd = pWrap ?? wrapBase;
    const nodes: SNode[] = [];
    const removable: SNode[] = [];
    for (let node = start; node !== cloneEnd; ) {
      const next = node.parent;
      if (!next) return start;
      nodes.push(node);
      if (node.data.nonblankNodeCount === 0) {
        removable.push(node);
        next.data.nonblankNodeCount--;
      }
      node = next;
    }
    let node: SNode;
    if (inline) {
      pWrap = this.insertPWrapper(wrapBase);
      node = pWrap;
    } else {
      if (pWrap) wrapBase.data.childPElement = null;
      pWrap = null;
      node = wrapBase;
    }
    for (let i = nodes.length - 1; i >= 0; i--) {
      const old = nodes[i];
      const clone = createSNode('element', old.name, old.namespace, old.attrs);
      appendTo(node, clone);
      old.data.currentClone = clone;
      if (pWrap) clone.data.ancestorPNode = pWrap;
      clone.data.isSplittable = true;
      clone.data.wrapBaseNode = wrapBase;
      clone.data.isPWrapper = old.data.isPWrapper;
      node.data.nonblankNodeCount++;
      node = clone;
    }
    for (const r of removable) detach(r);
    return node;
  }

  /** Moves the child of the p-wrapper that holds `node` out of it, after it. */
  private disablePWrapper(node: SNode): void {
    const pWrap = node.data.ancestorPNode!;
    const newParent = pWrap.parent;
    if (!newParent || newParent.children[newParent.children.length - 1] !== pWrap) return;
    let victim = node;
    let next: SNode | null = node;
    do {
      victim = next!;
      victim.data.ancestorPNode = null;
      next = victim.parent;
    } while (next && next !== pWrap);
    appendTo(newParent, victim);
    pWrap.data.nonblankNodeCount--;
    newParent.data.childPElement = null;
  }

  endTag(node: SNode): void {
    const p = node.data.childPElement;
    if (p) this.endTag(p);
    node.data.childPElement = null;
  }

  removeNode(node: SNode): void {
    detach(node);
  }
}
