/**
 * Nodes of the preprocessor tree (MediaWiki's PP tree, PPNode_Hash_*). Text is a plain
 * string; everything else is an element with a `type`. Built by preprocessToDom, expanded
 * by a Frame.
 */

/** A child of a PP element: text or another node. */
export type PPChild = string | PPElement;

/** `<!-- ... -->` with the whitespace and newline it may have eaten. */
export interface PPComment {
  readonly type: 'comment';
  readonly text: string;
}

/** Text hidden by `<includeonly>`, `<noinclude>`, `<onlyinclude>` (the tags or their content). */
export interface PPIgnore {
  readonly type: 'ignore';
  readonly text: string;
}

/** An extension tag: `<name attr>inner</name>`; inner and close are null when self-closed / unclosed. */
export interface PPExt {
  readonly type: 'ext';
  readonly name: string;
  readonly attr: string;
  readonly inner: string | null;
  readonly close: string | null;
}

/** One `|`-separated part of a template or argument: positional (index > 0) or named. */
export interface PPPart {
  readonly type: 'part';
  /** The name's nodes for `name=value`, null for a positional part. */
  readonly name: PPChild[] | null;
  /** 1-based position for positional parts, 0 for named ones. */
  readonly index: number;
  readonly value: PPChild[];
}

/** `{{title|parts}}` — a template, variable or parser function call. */
export interface PPTemplate {
  readonly type: 'template';
  readonly title: PPChild[];
  readonly parts: PPPart[];
  /** The call starts a line (all its opening braces used). */
  readonly lineStart: boolean;
}

/** `{{{name|default}}}` — a template argument. */
export interface PPTplArg {
  readonly type: 'tplarg';
  readonly title: PPChild[];
  readonly parts: PPPart[];
}

/** A heading `== x ==` at the root of a page or template (`possible-h` elsewhere). */
export interface PPHeading {
  readonly type: 'h' | 'possible-h';
  readonly level: number;
  /** 1-based index of the heading in its source text. */
  readonly index: number;
  readonly children: PPChild[];
}

/** The `=` separating a part's name from its value. */
export interface PPEquals {
  readonly type: 'equals';
}

/** The root of a tree, or a bare list of nodes. */
export interface PPRoot {
  readonly type: 'root';
  readonly children: PPChild[];
}

export type PPElement = PPComment | PPIgnore | PPExt | PPPart | PPTemplate | PPTplArg | PPHeading | PPEquals | PPRoot;

/** What frames expand: one node, text, or a list of them. */
export type PPNode = PPChild | PPChild[];

/** MediaWiki's splitArg: a part's name (expanded later), index and value. */
export function splitArg(node: PPNode): { name: PPChild[] | null; index: number; value: PPChild[] } {
  if (isPart(node)) return { name: node.name, index: node.index, value: node.value };
  return { name: null, index: 0, value: Array.isArray(node) ? node : [node] };
}

export function isPart(node: unknown): node is PPPart {
  return typeof node === 'object' && node !== null && (node as PPElement).type === 'part';
}
