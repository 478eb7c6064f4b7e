/**
 * Editor commands for the toolbar and the keyboard: the wrap-selection edits applied to the
 * main selection of a CodeMirror view.
 */
import type { EditorView } from '@codemirror/view';
import { insertText, setHeading, wrapSelection, type TextEdit } from './wrap-selection.ts';

function apply(view: EditorView, edit: TextEdit): boolean {
  view.dispatch({
    changes: { from: edit.from, to: edit.to, insert: edit.insert },
    selection: { anchor: edit.anchor, head: edit.head },
    scrollIntoView: true,
    userEvent: 'input',
  });
  view.focus();
  return true;
}

export function wrapCommand(before: string, after: string, placeholder: string) {
  return (view: EditorView): boolean => {
    const { from, to } = view.state.selection.main;
    return apply(view, wrapSelection(view.state.doc.toString(), from, to, before, after, placeholder));
  };
}

export function headingCommand(level: number) {
  return (view: EditorView): boolean => {
    const { from, to } = view.state.selection.main;
    return apply(view, setHeading(view.state.doc.toString(), from, to, level));
  };
}

export function insertCommand(text: string) {
  return (view: EditorView): boolean => {
    const { from, to } = view.state.selection.main;
    return apply(view, insertText(from, to, text));
  };
}

export const bold = wrapCommand("'''", "'''", 'Bold text');
export const italic = wrapCommand("''", "''", 'Italic text');
export const internalLink = wrapCommand('[[', ']]', 'Link title');
export const externalLink = wrapCommand('[https://www.example.com ', ']', 'link title');
export const reference = wrapCommand('<ref>', '</ref>', 'Insert footnote text here');
export const template = wrapCommand('{{', '}}', 'Template name');
export const signature = insertCommand('~~~~');
