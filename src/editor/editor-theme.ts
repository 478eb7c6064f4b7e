/**
 * The editor's look: its frame and the colours of the wikitext highlighting classes (wt-…),
 * and the toolbar and split-view layout around it.
 */
import { EditorView } from '@codemirror/view';

export const editorTheme = EditorView.baseTheme({
  '&': { border: '1px solid #a2a9b1', backgroundColor: '#fff', fontSize: '0.95em' },
  '&.cm-focused': { outline: '2px solid #36c' },
  '.cm-scroller': { fontFamily: 'monospace, monospace', lineHeight: '1.5', minHeight: '25em', maxHeight: '70vh' },
  '.cm-content': { whiteSpace: 'pre-wrap' },
  '.wt-heading': { fontWeight: 'bold', color: '#000' },
  '.wt-heading-marker, .wt-list, .wt-hr, .wt-quote': { color: '#72777d' },
  '.wt-strong': { fontWeight: 'bold' },
  '.wt-em': { fontStyle: 'italic' },
  '.wt-template': { color: '#97458d', backgroundColor: 'rgba(151, 69, 141, 0.06)' },
  '.wt-template-name, .wt-parser-function': { fontWeight: 'bold' },
  '.wt-template-arg-name': { color: '#b15c00' },
  '.wt-param': { color: '#c33', backgroundColor: 'rgba(204, 51, 51, 0.06)' },
  '.wt-link': { color: '#36c' },
  '.wt-link-target': { fontWeight: 'bold' },
  '.wt-extlink': { color: '#0b6e8a' },
  '.wt-extension-tag': { color: '#14866d' },
  '.wt-html-tag': { color: '#14866d', opacity: '0.85' },
  '.wt-nowiki': { color: '#54595d', backgroundColor: '#f8f9fa' },
  '.wt-comment': { color: '#72777d', fontStyle: 'italic' },
  '.wt-table': { color: '#d33', fontWeight: 'bold' },
  '.wt-magic-word, .wt-signature': { color: '#b15c00', fontWeight: 'bold' },
  '.wt-entity': { color: '#14866d' },
});

export const LAYOUT_CSS = `
.kagami-editor { margin-bottom: 0.5em; }
.kagami-toolbar { display: flex; flex-wrap: wrap; gap: 0.5em; padding: 0.3em; border: 1px solid #a2a9b1; border-bottom: 0; background: #eaecf0; }
.kagami-toolgroup { display: inline-flex; gap: 2px; }
.kagami-toolgroup-end { margin-left: auto; }
.kagami-tool { font: inherit; font-size: 0.9em; padding: 0.2em 0.6em; border: 1px solid #a2a9b1; border-radius: 2px; background: #f8f9fa; cursor: pointer; }
.kagami-tool:hover { background: #fff; }
.kagami-tool-bold { font-weight: bold; }
.kagami-tool-italic { font-style: italic; font-family: serif; }
.kagami-tool[aria-pressed="true"] { background: #36c; color: #fff; }
.kagami-editor-panes { display: flex; gap: 0.5em; }
.kagami-editor-panes > .cm-editor { flex: 1 1 0; min-width: 0; }
.kagami-live-preview { flex: 1 1 0; min-width: 0; max-height: 75vh; overflow: auto; border: 1px solid #a2a9b1; padding: 0 0.8em; background: #fff; }
.kagami-live-preview-loading .kagami-live-preview-body { opacity: 0.6; }
.kagami-live-preview-status { font-size: 0.85em; color: #72777d; min-height: 1.2em; }
.kagami-live-preview-status.error { color: #d33; font-weight: bold; }
@media (max-width: 800px) { .kagami-editor-panes { flex-direction: column; } }
`;
