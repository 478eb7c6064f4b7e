/**
 * Line diff of two texts grouped into hunks with context, as MediaWiki's DiffEngine and
 * DiffFormatter present it: two lines of context before and after each change, nearby
 * hunks merged.
 */
import { diffArrays } from 'diff';

export type DiffLine =
  | { kind: 'context'; oldNo: number; newNo: number; text: string }
  /** A block of deleted lines followed by the lines that replace them (either may be empty). */
  | { kind: 'change'; oldNo: number; newNo: number; deleted: string[]; added: string[] };

export interface DiffHunk {
  /** 1-based first line of the hunk in the old and new texts. */
  oldStart: number;
  newStart: number;
  lines: DiffLine[];
}

export const CONTEXT_LINES = 2;

export function splitLines(text: string): string[] {
  if (text === '') return [];
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/** All lines of the diff in order, context lines and change blocks. */
export function diffLinesGrouped(oldText: string, newText: string): DiffLine[] {
  const changes = diffArrays(splitLines(oldText), splitLines(newText));
  const out: DiffLine[] = [];
  let oldNo = 1;
  let newNo = 1;
  let pending: { kind: 'change'; oldNo: number; newNo: number; deleted: string[]; added: string[] } | null = null;
  for (const ch of changes) {
    if (ch.added || ch.removed) {
      pending ??= { kind: 'change', oldNo, newNo, deleted: [], added: [] };
      if (ch.removed) {
        pending.deleted.push(...ch.value);
        oldNo += ch.value.length;
      } else {
        pending.added.push(...ch.value);
        newNo += ch.value.length;
      }
      continue;
    }
    if (pending) out.push(pending);
    pending = null;
    for (const text of ch.value) out.push({ kind: 'context', oldNo: oldNo++, newNo: newNo++, text });
  }
  if (pending) out.push(pending);
  return out;
}

/** The changes with CONTEXT_LINES of context around each, split into hunks. */
export function diffHunks(oldText: string, newText: string, context = CONTEXT_LINES): DiffHunk[] {
  const lines = diffLinesGrouped(oldText, newText);
  const keep = new Array<boolean>(lines.length).fill(false);
  // Extend each change's context over exactly `context` context lines on either side.
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].kind !== 'change') continue;
    keep[i] = true;
    for (let j = i - 1, n = 0; j >= 0 && n < context && lines[j].kind === 'context'; j--, n++) keep[j] = true;
    for (let j = i + 1, n = 0; j < lines.length && n < context && lines[j].kind === 'context'; j++, n++) keep[j] = true;
  }
  const hunks: DiffHunk[] = [];
  let current: DiffHunk | null = null;
  lines.forEach((line, i) => {
    if (!keep[i]) {
      current = null;
      return;
    }
    if (!current) {
      current = { oldStart: line.oldNo, newStart: line.newNo, lines: [] };
      hunks.push(current);
    }
    current.lines.push(line);
  });
  return hunks;
}
