/**
 * The editor's toolbar: formatting buttons (bold, italic, links, heading levels, reference,
 * template, signature), undo/redo, search and replace, the live preview switch and the
 * switch back to the plain text box.
 */
import { redo, undo } from '@codemirror/commands';
import { openSearchPanel } from '@codemirror/search';
import type { EditorView } from '@codemirror/view';
import { bold, externalLink, headingCommand, internalLink, italic, reference, signature, template } from './commands.ts';

export interface ToolbarOptions {
  /** Formatting buttons are for wikitext only. */
  wikitext: boolean;
  onTogglePreview?: () => void;
  onPlainText: () => void;
}

interface Button {
  id: string;
  label: string;
  title: string;
  run: (view: EditorView) => unknown;
}

function button(b: Button, view: () => EditorView): HTMLButtonElement {
  const el = document.createElement('button');
  el.type = 'button';
  el.className = `kagami-tool kagami-tool-${b.id}`;
  el.dataset.tool = b.id;
  el.textContent = b.label;
  el.title = b.title;
  el.setAttribute('aria-label', b.title);
  el.addEventListener('mousedown', (e) => e.preventDefault());
  el.addEventListener('click', () => b.run(view()));
  return el;
}

function group(...items: HTMLElement[]): HTMLElement {
  const el = document.createElement('span');
  el.className = 'kagami-toolgroup';
  el.append(...items);
  return el;
}

function headingSelect(view: () => EditorView): HTMLSelectElement {
  const el = document.createElement('select');
  el.className = 'kagami-tool kagami-tool-heading';
  el.dataset.tool = 'heading';
  el.setAttribute('aria-label', 'Heading');
  el.title = 'Heading';
  const options: [string, string][] = [['', 'Heading'], ['0', 'Paragraph'], ['2', 'Level 2'], ['3', 'Level 3'], ['4', 'Level 4'], ['5', 'Level 5']];
  for (const [value, label] of options) el.append(new Option(label, value));
  el.addEventListener('change', () => {
    if (el.value !== '') headingCommand(Number(el.value))(view());
    el.value = '';
  });
  return el;
}

export function toolbar(view: () => EditorView, o: ToolbarOptions): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'kagami-toolbar';
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Editing tools');
  const b = (spec: Button) => button(spec, view);
  if (o.wikitext) {
    bar.append(
      group(
        b({ id: 'bold', label: 'B', title: 'Bold (Ctrl+B)', run: bold }),
        b({ id: 'italic', label: 'I', title: 'Italic (Ctrl+I)', run: italic }),
        b({ id: 'link', label: 'Link', title: 'Internal link (Ctrl+K)', run: internalLink }),
        b({ id: 'extlink', label: 'External', title: 'External link', run: externalLink }),
        headingSelect(view),
      ),
      group(
        b({ id: 'ref', label: 'Ref', title: 'Reference <ref>', run: reference }),
        b({ id: 'template', label: '{{ }}', title: 'Template', run: template }),
        b({ id: 'signature', label: 'Sign', title: 'Signature with timestamp (~~~~)', run: signature }),
      ),
    );
  }
  bar.append(group(
    b({ id: 'undo', label: 'Undo', title: 'Undo (Ctrl+Z)', run: undo }),
    b({ id: 'redo', label: 'Redo', title: 'Redo (Ctrl+Y)', run: redo }),
    b({ id: 'search', label: 'Find', title: 'Search and replace (Ctrl+F)', run: openSearchPanel }),
  ));
  const end = group();
  end.classList.add('kagami-toolgroup-end');
  if (o.onTogglePreview) {
    const toggle = o.onTogglePreview;
    end.append(b({ id: 'preview', label: 'Live preview', title: 'Show the rendered page beside the text', run: () => toggle() }));
  }
  end.append(b({ id: 'plain', label: 'Plain text', title: 'Edit in the plain text box', run: () => o.onPlainText() }));
  bar.append(end);
  return bar;
}
