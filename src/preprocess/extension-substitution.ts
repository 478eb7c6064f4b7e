/**
 * Extension tags (MediaWiki's Parser::extensionSubstitution): `<name attr>inner</name>` runs
 * the tag's hook and is replaced by a strip marker holding its output.
 */
import { LimitExceededError } from '../core/limits.ts';
import { escapeHtml } from '../core/html-entities.ts';
import { decodeTagAttributes } from '../sanitize/tag-attributes.ts';
import type { TagResult } from '../extensions/extension.ts';
import type { PPFrame } from './frame.ts';
import type { PPExt } from './pp-node.ts';

export function extensionSubstitution(node: PPExt, frame: PPFrame): string {
  const ctx = frame.ctx;
  const name = node.name;
  const attrText = node.attr;
  const content = node.inner;
  const marker = ctx.stripState.newMarker(name);
  if (ctx.preprocessor.outputType !== 'html') {
    return content === null ? `<${name}${attrText}/>` : `<${name}${attrText}>${content}${node.close ?? ''}`;
  }
  const lower = name.toLowerCase();
  const hook = ctx.env.extensions.tags.get(lower);
  let result: TagResult;
  if (!hook) {
    result = `<span class="error">Invalid tag extension name: ${escapeHtml(lower)}</span>`;
  } else {
    const attrs: Record<string, string> = Object.fromEntries(decodeTagAttributes(attrText));
    try {
      result = hook(content, attrs, ctx, frame);
    } catch (err) {
      if (err instanceof LimitExceededError) throw err;
      ctx.output.addDiagnostic('extension-tag-error', `<${lower}>: ${(err as Error).message}`);
      result = `<strong class="error">Error in &lt;${escapeHtml(lower)}&gt;: ${escapeHtml((err as Error).message)}</strong>`;
    }
  }
  const text = typeof result === 'string' ? result : result.text;
  const kind = typeof result === 'string' ? 'html' : (result.kind ?? 'html');
  if (kind === 'wikitext') return text;
  if (kind === 'nowiki') ctx.stripState.addNoWiki(marker, text);
  else ctx.stripState.addGeneral(marker, text);
  return marker;
}
