/**
 * `{{...}}` (MediaWiki's Parser::braceSubstitution): subst:/safesubst:, magic variables,
 * msgnw:, parser functions, then template transclusion with depth and loop checks. What is
 * not found comes back as its own source text (still to be expanded in the caller's frame).
 */
import { findVariantTitle } from '../language/variant-link.ts';
import { NS_TEMPLATE } from '../core/namespace.ts';
import type { Title } from '../core/title.ts';
import { escapeWikiText } from './escape-wiki-text.ts';
import { RECOVER_ORIG } from './expand-flags.ts';
import { virtualBracketedImplode } from './expand.ts';
import { callParserFunction } from './call-parser-function.ts';
import { phpTrim, type PPFrame } from './frame.ts';
import type { PPChild, PPRoot, PPTemplate } from './pp-node.ts';
import { getTemplateDom } from './template-fetch.ts';
import { normalizeSubpageLink } from './subpage-link.ts';

/** 'object': nodes still to expand in the calling frame; 'text': finished text. */
export type SubstitutionResult = { object: PPChild[] } | { text: string };

const substRegex = /^(safesubst|subst):/i;
const msgnwRegex = /^msgnw:/i;
const msgRegex = /^msg:/i;
const rawRegex = /^raw:/i;
const blockStart = /^(?:\{\||:|;|#|\*)/;

export function braceSubstitution(piece: PPTemplate, frame: PPFrame): SubstitutionResult {
  const ctx = frame.ctx;
  const pp = ctx.preprocessor;
  const titleWithSpaces = frame.expand(piece.title);
  let part1 = phpTrim(titleWithSpaces);
  const args = piece.parts;
  const literal = (): SubstitutionResult => ({ object: virtualBracketedImplode('{{', '|', '}}', titleWithSpaces, args) });

  // subst: is done by the pre-save transform; on a view it stays as written.
  const subst = substRegex.exec(part1);
  if (subst) part1 = part1.slice(subst[0].length);
  const substWord = subst ? subst[1].toLowerCase() : null;
  if (pp.outputType === 'wiki' ? substWord === null : substWord === 'subst') return literal();

  if (args.length === 0) {
    const variable = ctx.env.extensions.getVariable(part1);
    if (variable) return { text: finish(frame, piece, variable.hook(ctx, frame), false) };
  }

  let nowiki = false;
  if (msgnwRegex.test(part1)) {
    part1 = part1.slice(6);
    nowiki = true;
  } else if (msgRegex.test(part1)) part1 = part1.slice(4);
  if (rawRegex.test(part1)) part1 = part1.slice(4);

  const colon = part1.indexOf(':');
  if (colon >= 0) {
    const call = callParserFunction(frame, part1.slice(0, colon), phpTrim(part1.slice(colon + 1)), args);
    if (call.found) {
      let text = call.text ?? '';
      if (call.dom) text = frame.newChild(args).expand(call.dom);
      if (call.isHTML) return { text: finish(frame, piece, ctx.insertStripItem(text), false) };
      return { text: finish(frame, piece, text, call.nowiki ?? false) };
    }
  }

  let ns = NS_TEMPLATE;
  const relative = normalizeSubpageLink(ctx, part1);
  if (relative !== part1) {
    part1 = relative;
    ns = ctx.title.ns;
  }
  let title: Title | null = ctx.env.titles.parse(part1, ns);
  if (!title) return literal();
  let titleText = title.prefixedText;
  if (frame.depth >= ctx.limits.maxTemplateDepth) {
    return { text: `<span class="error">Template recursion depth limit exceeded (${ctx.limits.maxTemplateDepth})</span>` };
  }
  if (title.isExternal) return literal();

  // A missing template may exist under a variant of its title.
  if (title.ns >= 0) {
    const variant = findVariantTitle(ctx, title);
    if (variant) {
      title = variant;
      titleText = title.prefixedText;
    }
  }

  let dom: PPRoot | null = null;
  if (title.ns >= 0 && !(ctx.config.wgNonincludableNamespaces ?? []).includes(title.ns)) {
    const fetched = getTemplateDom(ctx, title);
    dom = fetched.dom;
    title = fetched.title;
    titleText = title.prefixedText;
  }
  if (!frame.loopCheck(title)) {
    ctx.addTrackingCategory('template-loop-category');
    ctx.output.addDiagnostic('template-loop-warning', `Template loop detected: [[${titleText}]]`);
    return { text: `<span class="error">Template loop detected: [[${titleText}]]</span>` };
  }
  if (!dom) return { text: finish(frame, piece, `[[:${titleText}]]`, nowiki, titleText) };

  const child = frame.newChild(args, title);
  const text = nowiki ? child.expand(dom, RECOVER_ORIG) : child.expand(dom);
  return { text: finish(frame, piece, text, nowiki, titleText) };
}

/** Escaping, the block-start newline and the include-size check, shared by every found result. */
function finish(frame: PPFrame, piece: PPTemplate, result: string, nowiki: boolean, titleText?: string): string {
  const ctx = frame.ctx;
  const pp = ctx.preprocessor;
  let text = result;
  if (nowiki && pp.outputType !== 'wiki') text = escapeWikiText(text);
  else if (!piece.lineStart && blockStart.test(text)) text = `\n${text}`;
  if (!pp.incrementIncludeSize('post-expand', text)) {
    const original = phpTrim(frame.expand(piece.title)).replace(/^:/, '');
    text = `[[:${titleText ?? original}]]`;
    text += ctx.insertStripItem('<!-- WARNING: template omitted, post-expand include size too large -->');
    pp.limitationWarn('post-expand-template-inclusion');
  }
  return text;
}
