/**
 * Preprocessor frames and nodes (MediaWiki's PPFrame / PPNode). A frame is one level of
 * template expansion: the page itself, or a template call with its arguments.
 * Placeholder contract, completed by the preprocessor.
 */
import type { Title } from '../core/title.ts';

/** A node of the preprocessor tree (PP tree). */
export interface PPNode {
  readonly type: string;
}

export interface Frame {
  /** The page or template this frame expands. */
  readonly title: Title;
  /** Expansion depth (0 for the page itself). */
  readonly depth: number;
  /** Expands a node in this frame to text. */
  expand(node: PPNode | string): string;
  /** An argument's expanded value, or undefined when the frame has no such argument. */
  getArgument(name: string): string | undefined;
  /** All arguments, expanded (for Lua's frame.args and #invoke). */
  getArguments(): Map<string, string>;
  /** The parent frame (the page or template that called this one), null for the page. */
  readonly parent: Frame | null;
}
