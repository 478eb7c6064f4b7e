/**
 * A parse5 tree adapter that keeps parse5's own tree (which the HTML5 algorithm queries)
 * and mirrors every insertion into the tidy output tree through the compat munger.
 */
import { defaultTreeAdapter, type DefaultTreeAdapterMap, type TreeAdapter, type Token } from 'parse5';
import { CompatMunger } from './remex-compat-munger.ts';
import { appendTo, createSNode, type SNode } from './serializer-node.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

interface PendingText {
  pos: 'under' | 'before';
  ref: SNode;
  text: string;
  /** The parse5 parent (under) or following sibling (before) of the text. */
  builderRef: Node;
}

export class TidyTreeAdapter {
  readonly munger: CompatMunger;
  /** parse5 node → its node in the output tree (a Map: far cheaper than a WeakMap for the collector, and it lives only as long as one tidy call). */
  private readonly shadows = new Map<object, SNode>();
  private rootElement: Element | null = null;
  private pending: PendingText | null = null;
  readonly adapter: TreeAdapter<DefaultTreeAdapterMap>;

  constructor(pwrap = true) {
    this.munger = new CompatMunger(pwrap);
    const base = defaultTreeAdapter;
    this.adapter = {
      ...base,
      // Buffered text is flushed before the builder's tree changes, so that the text node
      // it became can still be found (and moved later by the adoption agency).
      appendChild: (parent, node) => {
        this.flush();
        base.appendChild(parent, node);
        this.onAppend(parent, node);
      },
      insertBefore: (parent, node, ref) => {
        this.flush();
        base.insertBefore(parent, node, ref);
        this.onInsertBefore(node, ref);
      },
      insertText: (parent, text) => {
        base.insertText(parent, text);
        const ref = this.shadowOf(parent);
        if (ref) this.queueText('under', ref, text, parent);
      },
      insertTextBefore: (parent, text, ref) => {
        base.insertTextBefore(parent, text, ref);
        const r = this.shadowOf(ref);
        if (r) this.queueText('before', r, text, ref);
      },
      detachNode: (node) => {
        this.flush();
        base.detachNode(node);
        const s = this.shadows.get(node);
        if (s) this.munger.removeNode(s);
      },
      adoptAttributes: (recipient, attrs) => {
        this.flush();
        base.adoptAttributes(recipient, attrs);
      },
      onItemPop: (item) => {
        this.flush();
        const s = this.shadows.get(item);
        if (s) this.munger.endTag(s);
      },
    };
  }

  /** Ends the buffered run of text: text after this point is a run of its own. */
  endTextRun(): void {
    this.flush();
  }

  /** Flushes buffered text; call once parsing is done. */
  finish(): SNode {
    this.flush();
    return this.munger.root;
  }

  private shadowOf(node: Node): SNode | undefined {
    if (node === this.rootElement) return this.munger.root;
    return this.shadows.get(node);
  }

  /** parse5 sends whitespace and other text as separate runs; MediaWiki's tidy sees one run. */
  private queueText(pos: PendingText['pos'], ref: SNode, text: string, builderRef: Node): void {
    const p = this.pending;
    if (p && p.pos === pos && p.ref === ref) {
      p.text += text;
      return;
    }
    this.flush();
    this.pending = { pos, ref, text, builderRef };
  }

  private flush(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    const shadow = this.munger.characters(p.pos, p.ref, p.text);
    // Remember which parse5 text node this became, for later moves (adoption agency).
    let builderText: Node | null | undefined;
    if (p.pos === 'under') {
      const kids = (p.builderRef as Element).childNodes;
      builderText = kids?.[kids.length - 1];
    } else {
      const parent = (p.builderRef as ChildNode).parentNode as Element | null;
      const kids = parent?.childNodes ?? [];
      builderText = kids[kids.indexOf(p.builderRef as ChildNode) - 1];
    }
    if (builderText && defaultTreeAdapter.isTextNode(builderText)) this.shadows.set(builderText, shadow);
  }

  /** The shadow of a node, made (with its subtree, iteratively: subtrees can be deep) when it has none yet. */
  private makeShadow(node: ChildNode): SNode | null {
    const existing = this.shadows.get(node);
    if (existing) return existing;
    const root = this.shadowOne(node);
    if (!root) return null;
    const work: Array<[Element, SNode]> = defaultTreeAdapter.isElementNode(node) ? [[node as Element, root]] : [];
    while (work.length > 0) {
      const [el, s] = work.pop()!;
      for (const child of el.childNodes) {
        const existingChild = this.shadows.get(child);
        const cs = existingChild ?? this.shadowOne(child);
        if (!cs) continue;
        cs.parent = s;
        s.children.push(cs);
        if (!existingChild && defaultTreeAdapter.isElementNode(child)) work.push([child as Element, cs]);
      }
    }
    return root;
  }

  /** A new shadow for one node, without its children. */
  private shadowOne(node: ChildNode): SNode | null {
    let s: SNode;
    if (defaultTreeAdapter.isElementNode(node)) {
      const el = node as Element;
      s = createSNode('element', el.tagName, el.namespaceURI, el.attrs as Token.Attribute[]);
    } else if (defaultTreeAdapter.isCommentNode(node)) {
      s = createSNode('comment', '#comment', '', [], defaultTreeAdapter.getCommentNodeContent(node));
    } else if (defaultTreeAdapter.isTextNode(node)) {
      s = createSNode('text', '#text', '', [], defaultTreeAdapter.getTextNodeContent(node));
    } else {
      return null;
    }
    this.shadows.set(node, s);
    return s;
  }

  private onAppend(parent: ParentNode, node: ChildNode): void {
    this.flush();
    if (this.rootElement === null && defaultTreeAdapter.isElementNode(node) && (node as Element).tagName === 'html') {
      this.rootElement = node as Element;
      return;
    }
    const ref = this.shadowOf(parent);
    if (!ref) {
      // An element not yet in the tree is being filled (adoption agency): mirror it directly.
      if (!defaultTreeAdapter.isElementNode(parent)) return;
      const el = parent as Element;
      let holder = this.shadows.get(el);
      if (!holder) {
        holder = createSNode('element', el.tagName, el.namespaceURI, el.attrs as Token.Attribute[]);
        this.shadows.set(el, holder);
      }
      const child = this.makeShadow(node);
      if (child) appendTo(holder, child);
      return;
    }
    const s = this.makeShadow(node);
    if (!s) return;
    if (s.kind === 'comment') this.munger.comment('under', ref, s);
    else this.munger.insertElement('under', ref, s);
  }

  private onInsertBefore(node: ChildNode, refNode: ChildNode): void {
    this.flush();
    const ref = this.shadowOf(refNode);
    const s = this.makeShadow(node);
    if (!ref || !s) return;
    if (s.kind === 'comment') this.munger.comment('before', ref, s);
    else if (s.kind === 'text') this.munger.characters('before', ref, s.value);
    else this.munger.insertElement('before', ref, s);
  }
}
