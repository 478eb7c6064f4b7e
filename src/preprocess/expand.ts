/**
 * Expansion of PP nodes in a frame (MediaWiki's PPFrame_Hash::expand): text is copied,
 * templates and arguments are substituted, comments and <includeonly>-style sections are
 * dropped or kept by output type and flags, extension tags become strip markers.
 */
import { headingRecords } from '../parse/block/heading-markers.ts';
import type { PPFrame } from './frame.ts';
import type { PPChild, PPNode, PPPart } from './pp-node.ts';
import { NO_ARGS, NO_IGNORE, NO_TAGS, NO_TEMPLATES, RECOVER_COMMENTS, STRIP_COMMENTS } from './expand-flags.ts';
import { braceSubstitution } from './brace-substitution.ts';
import { argSubstitution } from './arg-substitution.ts';
import { extensionSubstitution } from './extension-substitution.ts';
import { MARKER_PREFIX, MARKER_SUFFIX } from './strip-state.ts';

export function expandNode(frame: PPFrame, node: PPNode, flags: number): string {
  if (typeof node === 'string') return node;
  const pp = frame.ctx.preprocessor;
  const limits = frame.ctx.limits;
  if (++pp.nodeCount > limits.maxPPNodeCount) {
    pp.limitationWarn('node-count-exceeded', pp.nodeCount, limits.maxPPNodeCount);
    return '<span class="error">Node-count limit exceeded</span>';
  }
  if (pp.expansionDepth > limits.maxExpansionDepth) {
    pp.limitationWarn('expansion-depth-exceeded', pp.expansionDepth, limits.maxExpansionDepth);
    return '<span class="error">Expansion depth limit exceeded</span>';
  }
  pp.checkDeadline();
  pp.expansionDepth++;
  if (pp.expansionDepth > pp.highestExpansionDepth) pp.highestExpansionDepth = pp.expansionDepth;
  try {
    return expandChildren(frame, Array.isArray(node) ? node : [node], flags);
  } finally {
    pp.expansionDepth--;
  }
}

/**
 * Expands a list of nodes into one text. Iterative, as MediaWiki's: results still to expand
 * (an unexpanded call's source, a default value) are pushed on a stack, not recursed into.
 */
function expandChildren(frame: PPFrame, nodes: readonly PPChild[], flags: number): string {
  let out = '';
  const stack: Array<{ nodes: readonly PPChild[]; i: number }> = [{ nodes, i: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.i >= top.nodes.length) {
      stack.pop();
      continue;
    }
    const node = top.nodes[top.i++];
    if (typeof node === 'string') {
      out += node;
      continue;
    }
    switch (node.type) {
      case 'template':
        if (flags & NO_TEMPLATES) {
          stack.push({ nodes: virtualBracketedImplode('{{', '|', '}}', node.title, node.parts), i: 0 });
        } else {
          const ret = braceSubstitution(node, frame);
          if ('object' in ret) stack.push({ nodes: ret.object, i: 0 });
          else out += ret.text;
        }
        break;
      case 'tplarg':
        if (flags & NO_ARGS) {
          stack.push({ nodes: virtualBracketedImplode('{{{', '|', '}}}', node.title, node.parts), i: 0 });
        } else {
          const ret = argSubstitution(node, frame);
          if ('object' in ret) stack.push({ nodes: ret.object, i: 0 });
          else out += ret.text;
        }
        break;
      case 'comment':
        out += expandComment(frame, node.text, flags);
        break;
      case 'ignore':
        if ((frame.parent === null && frame.ctx.preprocessor.outputType === 'wiki') || flags & NO_IGNORE) out += node.text;
        break;
      case 'ext':
        if (flags & NO_TAGS) {
          out += `<${node.name}${node.attr}${node.inner === null ? '/>' : `>${node.inner}${node.close ?? ''}`}`;
        } else {
          out += extensionSubstitution(node, frame);
        }
        break;
      case 'h':
        out += expandHeading(frame, node.level, node.index, expandNode(frame, node.children, flags));
        break;
      case 'possible-h':
      case 'root':
        stack.push({ nodes: node.children, i: 0 });
        break;
      case 'part':
        stack.push({ nodes: node.name === null ? node.value : [...node.name, '=', ...node.value], i: 0 });
        break;
      case 'equals':
        out += '=';
        break;
    }
  }
  return out;
}

function expandComment(frame: PPFrame, text: string, flags: number): string {
  const ot = frame.ctx.preprocessor.outputType;
  if (flags & RECOVER_COMMENTS) return text;
  if (ot === 'html' || flags & STRIP_COMMENTS) return '';
  if (ot === 'wiki') return frame.ctx.insertStripItem(text);
  return text;
}

/** A heading at the root of a page or template gets a marker for section numbering and editing. */
function expandHeading(frame: PPFrame, level: number, index: number, text: string): string {
  const pp = frame.ctx.preprocessor;
  if (pp.outputType !== 'html') return text;
  const records = headingRecords(frame.ctx);
  records.push({ titleText: frame.title.prefixedDBKey, sectionIndex: index });
  const marker = `${MARKER_PREFIX}-h-${records.length - 1}-${MARKER_SUFFIX}`;
  frame.ctx.stripState.addGeneral(marker, '');
  return text.slice(0, level) + marker + text.slice(level);
}

/** The source form of an unexpanded call, as nodes still to expand: `{{title|a|b=c}}`. */
export function virtualBracketedImplode(start: string, sep: string, end: string, title: PPChild[] | string, parts: readonly PPPart[]): PPChild[] {
  const out: PPChild[] = [start];
  if (typeof title === 'string') out.push(title);
  else out.push(...title);
  for (const part of parts) out.push(sep, part);
  out.push(end);
  return out;
}
