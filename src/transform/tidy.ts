/**
 * Balances and serialises the HTML as MediaWiki's tidy does: the text is parsed as an HTML5
 * body fragment (character references left as written), p-wrapped by the compat rules,
 * and serialised in MediaWiki's style.
 */
import { defaultTreeAdapter, html, Parser } from 'parse5';
import type { Pass } from '../parse/pipeline.ts';
import { TidyTreeAdapter } from './tidy-tree-adapter.ts';
import { serializeChildren } from './tidy-serializer.ts';
import { replaceOutputMarkers } from './output-markers.ts';
import { tidyWellFormed } from './tidy-fast-path.ts';

/** Stands in for '&' while parsing, so that no character reference is decoded. */
const AMP = '\uFDD0';

/** `pwrap: false` balances the HTML without wrapping bare text in paragraphs. */
export function tidyHtml(text: string, options: { pwrap?: boolean } = {}): string {
  const pwrap = options.pwrap ?? true;
  const balanced = tidyWellFormed(text, pwrap);
  if (balanced !== null) return balanced;
  return tidyTree(text, pwrap);
}

/** Tidy through parse5's HTML5 tree builder, for any input. */
export function tidyTree(text: string, pwrap: boolean): string {
  const tree = new TidyTreeAdapter(pwrap);
  const body = defaultTreeAdapter.createElement('body', html.NS.HTML, []);
  const parser = Parser.getFragmentParser(body, { treeAdapter: tree.adapter, scriptingEnabled: true });
  // A tag between two runs of text (even one the tree builder ignores) ends the first run,
  // as it does for MediaWiki's tidy.
  const onStartTag = parser.onStartTag.bind(parser);
  const onEndTag = parser.onEndTag.bind(parser);
  parser.onStartTag = (token) => {
    tree.endTextRun();
    onStartTag(token);
  };
  parser.onEndTag = (token) => {
    tree.endTextRun();
    onEndTag(token);
  };
  parser.tokenizer.write(text.replaceAll('&', AMP), true);
  const root = tree.finish();
  return serializeChildren(root).replaceAll(AMP, '&');
}

export const tidy: Pass = {
  name: 'tidy',
  run: (text, ctx) => replaceOutputMarkers(tidyHtml(text), ctx),
};
