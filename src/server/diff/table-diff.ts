/**
 * Renders a diff as MediaWiki's two-column table (TableDiffFormatter): "Line N:" headers per
 * hunk, deleted text on the left, added text on the right, and word-level changes inside a
 * changed block marked with <del>/<ins class="diffchange diffchange-inline">.
 */
import { diffWordsWithSpace } from 'diff';
import { escapeHtml } from '../html.ts';
import { diffHunks, type DiffLine } from './line-diff.ts';

const MINUS = '\u2212';

/** The table rows (no <table> wrapper) for the diff from oldText to newText; '' when equal. */
export function diffTableRows(oldText: string, newText: string): string {
  const rows: string[] = [];
  for (const hunk of diffHunks(oldText, newText)) {
    rows.push(
      `<tr><td colspan="2" class="diff-lineno">Line ${hunk.oldStart}:</td>` +
        `<td colspan="2" class="diff-lineno">Line ${hunk.newStart}:</td></tr>`,
    );
    for (const line of hunk.lines) rows.push(...renderLine(line));
  }
  return rows.join('\n');
}

/** A whole diff table with MediaWiki's classes and column groups. */
export function diffTable(oldText: string, newText: string, header = ''): string {
  return (
    '<table class="diff diff-contentalign-left diff-editfont-monospace">' +
    '<colgroup><col class="diff-marker"><col class="diff-content"><col class="diff-marker"><col class="diff-content"></colgroup>' +
    header +
    diffTableRows(oldText, newText) +
    '</table>'
  );
}

function renderLine(line: DiffLine): string[] {
  if (line.kind === 'context') {
    const cell = `<div>${escapeHtml(line.text)}</div>`;
    return [
      `<tr><td class="diff-marker"></td><td class="diff-context diff-side-deleted">${cell}</td>` +
        `<td class="diff-marker"></td><td class="diff-context diff-side-added">${cell}</td></tr>`,
    ];
  }
  const { deleted, added } = wordLevel(line.deleted, line.added);
  const rows: string[] = [];
  for (let i = 0; i < Math.max(deleted.length, added.length); i++) {
    const left = i < deleted.length ? deletedCells(deleted[i]) : emptyCells('deleted');
    const right = i < added.length ? addedCells(added[i]) : emptyCells('added');
    rows.push(`<tr>${left}${right}</tr>`);
  }
  return rows;
}

function deletedCells(content: string): string {
  return `<td class="diff-marker" data-marker="${MINUS}"></td><td class="diff-deletedline diff-side-deleted"><div>${content}</div></td>`;
}

function addedCells(content: string): string {
  return `<td class="diff-marker" data-marker="+"></td><td class="diff-addedline diff-side-added"><div>${content}</div></td>`;
}

function emptyCells(side: 'deleted' | 'added'): string {
  return `<td colspan="2" class="diff-empty diff-side-${side}"></td>`;
}

/**
 * Word-level diff of a changed block: when lines were both deleted and added, the words that
 * differ are wrapped; a block that only deletes or only adds shows its lines plainly.
 */
export function wordLevel(oldLines: string[], newLines: string[]): { deleted: string[]; added: string[] } {
  if (oldLines.length === 0 || newLines.length === 0) {
    return { deleted: oldLines.map(escapeHtml), added: newLines.map(escapeHtml) };
  }
  const deleted: string[] = [''];
  const added: string[] = [''];
  for (const part of diffWordsWithSpace(oldLines.join('\n'), newLines.join('\n'))) {
    if (!part.added) append(deleted, part.value, part.removed ? 'del' : null);
    if (!part.removed) append(added, part.value, part.added ? 'ins' : null);
  }
  return { deleted, added };
}

/** Appends text to the last line, starting new lines at each newline; marks it when asked. */
function append(lines: string[], text: string, mark: 'del' | 'ins' | null): void {
  text.split('\n').forEach((piece, i) => {
    if (i > 0) lines.push('');
    if (piece === '') return;
    const escaped = escapeHtml(piece);
    lines[lines.length - 1] += mark ? `<${mark} class="diffchange diffchange-inline">${escaped}</${mark}>` : escaped;
  });
}
