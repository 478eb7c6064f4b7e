/**
 * `<math>` in source mode (the Math extension's MathSource renderer): the TeX itself, between
 * `$ ` and ` $`, in a span classed by the math style. Used where no TeX renderer is reachable.
 */
import { mergeAttributes } from '../../sanitize/merge-attributes.ts';
import { validateTagAttributes, type Attributes } from '../../sanitize/tag-attributes.ts';
import { expandAttributes } from '../../render/html.ts';

export type MathStyle = 'inline' | 'display' | 'linebreak' | 'inlineDisplaystyle';

/** The TeX and math style a `display` attribute asks for (MathRenderer's constructor). */
export function texWithStyle(tex: string, display: string | undefined): { tex: string; style: MathStyle } {
  if (display === 'block') return { tex: `{\\displaystyle ${tex}}`, style: 'display' };
  if (display === 'inline') return { tex: `{\\textstyle ${tex}}`, style: 'inline' };
  if (display === 'linebreak') return { tex: `\\[ ${tex} \\]`, style: 'linebreak' };
  return { tex, style: 'inlineDisplaystyle' };
}

/** Html::element's text escaping (htmlspecialchars, ENT_NOQUOTES). */
function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

export function renderMathSource(content: string, attrs: Record<string, string>): string {
  const { tex, style } = texWithStyle(content, attrs.display);
  const kind = style === 'display' ? 'display' : 'inline';
  const defaults: Attributes = new Map([['class', `mwe-math-fallback-source-${kind} tex`], ['dir', 'ltr']]);
  const merged = mergeAttributes(defaults, validateTagAttributes(new Map(Object.entries(attrs)), 'span'));
  const text = `$ ${tex.replace(/\n/g, ' ')} $`;
  return `<span${expandAttributes(Object.fromEntries(merged))}>${escapeText(text)}</span>`;
}
