/**
 * Preprocessor frames (MediaWiki's PPFrame_Hash / PPTemplateFrame_Hash). A frame is one level
 * of template expansion: the page itself (the root frame), or a template call with its
 * arguments. `expand` turns PP nodes into text in the frame's context.
 */
import type { Title } from '../core/title.ts';
import type { ParseContext } from '../parse/parse-context.ts';
import type { PPChild, PPNode, PPPart } from './pp-node.ts';
import { expandNode } from './expand.ts';

export type { PPNode, PPChild, PPPart } from './pp-node.ts';

import { STRIP_COMMENTS } from './expand-flags.ts';

export * from './expand-flags.ts';

/** Arguments for a child frame: part nodes, or plain strings keyed by position or name. */
export type FrameArgs = PPPart[] | Map<string | number, string> | Record<string, string>;

export interface Frame {
  /** The page or template this frame expands. */
  readonly title: Title;
  /** Template depth (0 for the page itself). */
  readonly depth: number;
  /** The parent frame (the page or template that called this one), null for the page. */
  readonly parent: Frame | null;
  /** The parse this frame belongs to. */
  readonly ctx: ParseContext;
  /** Expands a node (or text, or a list of nodes) in this frame to text. */
  expand(node: PPNode, flags?: number): string;
  /** An argument's expanded value, or undefined when the frame has no such argument. */
  getArgument(name: string): string | undefined;
  /** All arguments, expanded (for Lua's frame.args and #invoke). */
  getArguments(): Map<string, string>;
  getNumberedArguments(): Map<string, string>;
  getNamedArguments(): Map<string, string>;
  /** True for a template frame (false for the page). */
  isTemplate(): boolean;
  /** True when the frame has no arguments. */
  isEmpty(): boolean;
  /** A child frame with the given arguments (frame:newChild, frame:expandTemplate). */
  newChild(args?: FrameArgs, title?: Title): Frame;
  /** False when `title` is already being expanded in this frame or an ancestor. */
  loopCheck(title: Title): boolean;
}

/** The root frame: the page being parsed. */
export class PPFrame implements Frame {
  readonly depth: number = 0;
  readonly parent: Frame | null = null;
  /** Titles being expanded here and in ancestors (prefixed DB keys). */
  readonly loopCheckHash: ReadonlySet<string> = new Set();

  constructor(
    readonly ctx: ParseContext,
    readonly title: Title,
  ) {}

  expand(node: PPNode, flags = 0): string {
    return expandNode(this, node, flags);
  }

  getArgument(_name: string): string | undefined {
    return undefined;
  }

  getArguments(): Map<string, string> {
    return new Map();
  }

  getNumberedArguments(): Map<string, string> {
    return new Map();
  }

  getNamedArguments(): Map<string, string> {
    return new Map();
  }

  isTemplate(): boolean {
    return false;
  }

  isEmpty(): boolean {
    return true;
  }

  newChild(args?: FrameArgs, title?: Title): Frame {
    return newChildFrame(this, args, title);
  }

  loopCheck(title: Title): boolean {
    return !this.loopCheckHash.has(title.prefixedDBKey);
  }
}

/** A template call's frame: arguments are expanded lazily in the parent frame. */
export class PPTemplateFrame extends PPFrame {
  override readonly depth: number;
  override readonly loopCheckHash: ReadonlySet<string>;
  private readonly numberedCache = new Map<number, string>();
  private readonly namedCache = new Map<string, string>();

  constructor(
    ctx: ParseContext,
    override readonly parent: PPFrame,
    readonly numberedArgs: Map<number, PPChild[]>,
    readonly namedArgs: Map<string, PPChild[]>,
    title: Title,
  ) {
    super(ctx, title);
    this.depth = parent.depth + 1;
    const hash = new Set(parent.loopCheckHash);
    hash.add(title.prefixedDBKey);
    this.loopCheckHash = hash;
  }

  override isTemplate(): boolean {
    return true;
  }

  override isEmpty(): boolean {
    return this.numberedArgs.size === 0 && this.namedArgs.size === 0;
  }

  override getArgument(name: string): string | undefined {
    return this.getNumberedArgument(name) ?? this.getNamedArgument(name);
  }

  getNumberedArgument(name: string): string | undefined {
    if (!isIntegerKey(name)) return undefined;
    const index = Number(name);
    const node = this.numberedArgs.get(index);
    if (!node) return undefined;
    let value = this.numberedCache.get(index);
    if (value === undefined) {
      value = this.parent.expand(node, STRIP_COMMENTS);
      this.numberedCache.set(index, value);
    }
    return value;
  }

  getNamedArgument(name: string): string | undefined {
    const node = this.namedArgs.get(name);
    if (!node) return undefined;
    let value = this.namedCache.get(name);
    if (value === undefined) {
      value = phpTrim(this.parent.expand(node, STRIP_COMMENTS));
      this.namedCache.set(name, value);
    }
    return value;
  }

  override getNumberedArguments(): Map<string, string> {
    const out = new Map<string, string>();
    for (const index of this.numberedArgs.keys()) out.set(String(index), this.getNumberedArgument(String(index))!);
    return out;
  }

  override getNamedArguments(): Map<string, string> {
    const out = new Map<string, string>();
    for (const name of this.namedArgs.keys()) out.set(name, this.getNamedArgument(name)!);
    return out;
  }

  override getArguments(): Map<string, string> {
    return new Map([...this.getNumberedArguments(), ...this.getNamedArguments()]);
  }
}

/** PHP's trim(): spaces, tabs, newlines, carriage returns, NUL and vertical tabs. */
export function phpTrim(s: string): string {
  return s.replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');
}

/** MediaWiki's PPFrame::newChild: sorts parts into numbered and named arguments. */
function newChildFrame(frame: PPFrame, args: FrameArgs | undefined, title: Title | undefined): Frame {
  const numbered = new Map<number, PPChild[]>();
  const named = new Map<string, PPChild[]>();
  const setNumbered = (index: number, value: PPChild[]): void => {
    if (numbered.has(index) || named.has(String(index))) frame.ctx.addTrackingCategory('duplicate-args-category');
    numbered.set(index, value);
    named.delete(String(index));
  };
  const setNamed = (name: string, value: PPChild[]): void => {
    const index = isIntegerKey(name) ? Number(name) : -1;
    if (named.has(name) || numbered.has(index)) frame.ctx.addTrackingCategory('duplicate-args-category');
    named.set(name, value);
    numbered.delete(index);
  };
  if (Array.isArray(args)) {
    for (const part of args) {
      if (part.name === null) setNumbered(part.index, part.value);
      else setNamed(phpTrim(frame.expand(part.name, STRIP_COMMENTS)), part.value);
    }
  } else if (args) {
    // Plain arguments as PHP arrays hold them: integer-like keys are positional.
    const entries = args instanceof Map ? [...args] : Object.entries(args);
    for (const [key, value] of entries) {
      if (typeof key === 'number' || isIntegerKey(key)) setNumbered(Number(key), [value]);
      else setNamed(key, [value]);
    }
  }
  return new PPTemplateFrame(frame.ctx, frame, numbered, named, title ?? frame.title);
}

/** A key PHP would store as an integer. */
export function isIntegerKey(key: string): boolean {
  return /^(0|-?[1-9]\d*)$/.test(key) && Math.abs(Number(key)) <= Number.MAX_SAFE_INTEGER;
}
