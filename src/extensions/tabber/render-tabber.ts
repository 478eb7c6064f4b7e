/**
 * `<tabber>` as TabberNeue 2.7.4 renders it: tabs separated by `|-|`, each `Label=content`;
 * a `<nav>` of tab links and one `<article>` panel per tab, so the content reads in order
 * without JavaScript. Labels are plain text; ids are "tabber-tab-LABEL-N" and
 * "tabber-tabpanel-LABEL-N", N counting the tabbers of the page from 0.
 */
import { escapeHtmlQuotes } from '../../core/html-entities.ts';
import { escapeIdForAttribute, type FragmentMode } from '../../sanitize/escape-id.ts';
import { safeEncodeTagAttributes, validateTagAttributes } from '../../sanitize/tag-attributes.ts';

export interface TabberParser {
  /** Parses wikitext to half-parsed HTML in the tag's frame. */
  recursiveTagParse(text: string): string;
  readonly fragmentMode: FragmentMode;
}

interface Tab {
  label: string;
  content: string;
  id: string;
}

/** Characters that start a wikitext block construct; such content gets its own lines. */
const BLOCK_STARTS = ['*', '#', ';', ':', '['];

export function renderTabber(input: string, attrs: Record<string, string>, index: number, parser: TabberParser): string {
  const divAttrs = mergeAttributes(new Map([['id', `tabber-${index}`], ['class', 'tabber tabber--init']]), attrs);
  const attributes = safeEncodeTagAttributes(validateTagAttributes(divAttrs, 'div'));

  const tabs: Tab[] = [];
  for (const source of input.split('|-|')) {
    const tab = tabData(source, index, parser);
    if (tab) tabs.push(tab);
  }

  const nav = tabs
    .map((tab) => {
      const tabId = escapeHtmlQuotes(`tabber-tab-${tab.id}`);
      const panelId = escapeHtmlQuotes(`tabber-tabpanel-${tab.id}`);
      return `<a class="tabber__tab" id="${tabId}" href="#${panelId}" role="tab" aria-controls="${panelId}">${tab.label}</a>`;
    })
    .join('');
  const panels = tabs
    .map((tab) => {
      const tabId = escapeHtmlQuotes(`tabber-tab-${tab.id}`);
      const panelId = escapeHtmlQuotes(`tabber-tabpanel-${tab.id}`);
      return `<article class="tabber__panel" id="${panelId}" role="tabpanel" tabindex="0" aria-labelledby="${tabId}">${tab.content}</article>\n`;
    })
    .join('');

  return (
    `<div${attributes}><header class="tabber__header"><button class="tabber__header__prev" aria-hidden="true"></button>` +
    `<nav class="tabber__tabs" role="tablist">${nav}</nav>` +
    `<button class="tabber__header__next" aria-hidden="true"></button></header>` +
    `<section class="tabber__section">${panels}</section></div>`
  );
}

function tabData(source: string, index: number, parser: TabberParser): Tab | null {
  const trimmed = phpTrim(source);
  if (trimmed === '' || trimmed === '0') return null;
  const eq = source.indexOf('=');
  const rawLabel = eq < 0 ? source : source.slice(0, eq);
  const rawContent = eq < 0 ? '' : source.slice(eq + 1);

  const labelText = phpTrim(rawLabel);
  if (labelText === '') return null;
  const label = escapeHtmlQuotes(labelText);

  let content = tabContent(rawContent, parser);
  if (content !== '' && content !== '0' && !rawContent.startsWith('<')) content = `<p>${content}</p>`;
  return { label, content, id: `${escapeIdForAttribute(label, parser.fragmentMode)}-${index}` };
}

function tabContent(raw: string, parser: TabberParser): string {
  let content = phpTrim(raw);
  if (content === '') return '';
  if (BLOCK_STARTS.includes(content[0])) content = `\n${content}\n`;
  return parser.recursiveTagParse(content);
}

/** Sanitizer::mergeAttributes: later values win, classes are combined. */
function mergeAttributes(base: Map<string, string>, extra: Record<string, string>): Map<string, string> {
  const out = new Map(base);
  for (const [name, value] of Object.entries(extra)) {
    const current = out.get(name);
    if (name === 'class' && current !== undefined) {
      out.set(name, [...new Set(`${current} ${value}`.split(/\s+/).filter((c) => c !== ''))].join(' '));
    } else {
      out.set(name, value);
    }
  }
  return out;
}

function phpTrim(text: string): string {
  return text.replace(/^[ \t\n\r\0\x0B]+|[ \t\n\r\0\x0B]+$/g, '');
}
