/**
 * Page status indicators in the page header (MediaWiki's Skin::getIndicatorsHTML): one
 * <div id="mw-indicator-NAME" class="mw-indicator"> per indicator, sorted by name, inside
 * <div class="mw-indicators">.
 */
import { escapeIdForAttribute } from '../../sanitize/escape-id.ts';
import { html, raw, type SafeHtml } from '../html.ts';

export function indicatorsHtml(indicators: ReadonlyMap<string, string>): SafeHtml {
  const names = [...indicators.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const items = names.map((name) => html`<div id="${escapeIdForAttribute(`mw-indicator-${name}`)}" class="mw-indicator">${raw(indicators.get(name)!)}</div>\n`);
  return html`<div class="mw-indicators">\n${items}</div>\n`;
}
