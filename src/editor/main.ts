/**
 * The source editor's entry point (bundled for the browser by src/server/editor-bundle.ts):
 * enhances the edit form's textarea with a CodeMirror editor, a toolbar, title completion and
 * live preview. The textarea stays in the form, hidden and kept in sync, so saving, "Show
 * preview" and "Show changes" post exactly what the plain form posts; without scripts (or
 * after "Plain text") the textarea is the editor.
 */
import { autocompletion, closeBrackets, completionKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching } from '@codemirror/language';
import { highlightSelectionMatches, search, searchKeymap } from '@codemirror/search';
import { EditorState, Prec } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
import { bold, internalLink, italic } from './commands.ts';
import { contentLanguage, isWikitextModel } from './content-language.ts';
import { editorTheme, LAYOUT_CSS } from './editor-theme.ts';
import { LivePreview } from './live-preview.ts';
import { titleCompletion } from './title-completion.ts';
import { toolbar } from './toolbar.ts';

const PLAIN_KEY = 'kagami-editor-plain';

function addStyle(): void {
  if (document.getElementById('kagami-editor-style')) return;
  const style = document.createElement('style');
  style.id = 'kagami-editor-style';
  style.textContent = LAYOUT_CSS;
  document.head.append(style);
}

function remember(plain: boolean): void {
  try {
    if (plain) localStorage.setItem(PLAIN_KEY, '1');
    else localStorage.removeItem(PLAIN_KEY);
  } catch {
    // Storage may be unavailable; the choice then lasts for this page only.
  }
}

function prefersPlain(): boolean {
  try {
    return localStorage.getItem(PLAIN_KEY) === '1';
  } catch {
    return false;
  }
}

function enhance(form: HTMLFormElement, textarea: HTMLTextAreaElement): void {
  const api = form.dataset.editorApi ?? '';
  const title = form.dataset.editorTitle ?? '';
  const model = form.dataset.editorModel ?? 'wikitext';
  const wikitext = isWikitextModel(model);
  const wrapper = document.createElement('div');
  wrapper.className = 'kagami-editor';
  const panes = document.createElement('div');
  panes.className = 'kagami-editor-panes';
  let view: EditorView;
  const preview = wikitext && api ? new LivePreview({ api, title, text: () => view.state.doc.toString() }) : null;

  view = new EditorView({
    state: EditorState.create({
      doc: textarea.value,
      extensions: [
        lineNumbers(), highlightSpecialChars(), history(), drawSelection(), highlightActiveLine(), bracketMatching(),
        closeBrackets(), highlightSelectionMatches(), search({ top: true }), EditorView.lineWrapping,
        Prec.high(keymap.of(wikitext ? [
          { key: 'Mod-b', run: bold, preventDefault: true },
          { key: 'Mod-i', run: italic, preventDefault: true },
          { key: 'Mod-k', run: internalLink, preventDefault: true },
        ] : [])),
        keymap.of([...completionKeymap, ...searchKeymap, ...historyKeymap, ...defaultKeymap, indentWithTab]),
        wikitext && api ? autocompletion({ override: [titleCompletion(api)], activateOnTyping: true }) : [],
        contentLanguage(model), editorTheme,
        EditorView.contentAttributes.of({ 'aria-label': 'Page source', spellcheck: wikitext ? 'true' : 'false', lang: textarea.lang || 'en' }),
        EditorView.updateListener.of((u) => {
          if (!u.docChanged) return;
          textarea.value = u.state.doc.toString();
          preview?.changed();
        }),
      ],
    }),
  });

  const bar = toolbar(() => view, {
    wikitext,
    onTogglePreview: preview ? () => {
      const on = preview.toggle();
      bar.querySelector('[data-tool="preview"]')?.setAttribute('aria-pressed', String(on));
    } : undefined,
    onPlainText: () => {
      textarea.value = view.state.doc.toString();
      preview?.cancel();
      view.destroy();
      wrapper.remove();
      textarea.hidden = false;
      remember(true);
      offerEnhanced(form, textarea);
      textarea.focus();
    },
  });
  panes.append(view.dom);
  if (preview) panes.append(preview.element);
  wrapper.append(bar, panes);
  textarea.hidden = true;
  textarea.before(wrapper);
  form.addEventListener('submit', () => {
    if (view.dom.isConnected) textarea.value = view.state.doc.toString();
  });
  form.classList.add('kagami-editor-enhanced');
}

/** In plain text mode: a button that brings the enhanced editor back. */
function offerEnhanced(form: HTMLFormElement, textarea: HTMLTextAreaElement): void {
  form.classList.remove('kagami-editor-enhanced');
  const button = document.createElement('button');
  button.type = 'button';
  button.id = 'kagami-editor-enable';
  button.className = 'kagami-tool';
  button.textContent = 'Use the editor with highlighting and toolbar';
  button.addEventListener('click', () => {
    button.remove();
    remember(false);
    enhance(form, textarea);
  });
  textarea.before(button);
}

function start(): void {
  const form = document.getElementById('editform') as HTMLFormElement | null;
  const textarea = document.getElementById('wpTextbox1') as HTMLTextAreaElement | null;
  if (!form || !textarea || textarea.readOnly) return;
  addStyle();
  if (prefersPlain()) offerEnhanced(form, textarea);
  else enhance(form, textarea);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
