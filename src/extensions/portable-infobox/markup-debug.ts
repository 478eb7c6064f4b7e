/**
 * The view of malformed infobox markup shown on template pages: every line of the markup,
 * the lines with problems marked and explained.
 */
import { hbEscape as esc } from './php-values.ts';
import type { XmlProblem } from './xml-markup.ts';

export const XML_PARSE_ERROR_INFO = 'There is a problem with parsing the infobox';

const problemMessages: Record<string, string> = {
  DOCUMENT_END: 'Extra content at the end of the document',
  UNDECLARED_ENTITY: 'Undeclared entity (for example: &nbsp;)',
  ATTRIBUTE_NOT_STARTED: 'Attribute value should be inside quotation marks',
  ATTRIBUTE_WITHOUT_VALUE: 'Tag attribute needs to have value',
  SPACE_REQUIRED: 'Attributes construct error',
  NAME_REQUIRED: 'Error parsing attribute name',
  GT_REQUIRED: 'Tag definition is not properly terminated',
  TAG_NAME_MISMATCH: 'Opening and ending tag mismatch',
  TAG_NOT_FINISHED: 'Premature end of tag',
};
const generalMessage = 'Incorrect XML markup. Please validate your XML';

function escapeMessage(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#039;' })[c]!);
}

export function markupDebugHtml(markup: string, problems: XmlProblem[]): string {
  const byLine = new Map<number, XmlProblem[]>();
  for (const p of problems) byLine.set(p.line - 1, [...(byLine.get(p.line - 1) ?? []), p]);
  const lines = markup.split('\n').map((code, i) => {
    const found = byLine.get(i);
    const messages = found
      ? `\t\t<div class="pi-debug-error-message">\n` +
        found.map((p) => `\t\t\t\t<p class="pi-debug-error-message-item">${escapeMessage(problemMessages[p.code] ?? generalMessage)}</p>\n`).join('') +
        `\t\t</div>\n`
      : '';
    return (
      `\t<li>\n\t\t<div class="pi-debug-line${found ? ' error' : ''}">\n` +
      `\t\t\t<div class="pi-debug-line-number">${i}</div>\n\t\t\t<div class="pi-debug-line-code">${esc(code)}</div>\n\t\t</div>\n` +
      `${messages}\t</li>\n`
    );
  });
  return `<p class="pi-error-info">${esc(XML_PARSE_ERROR_INFO)}</p>\n<ul class="pi-debug">\n${lines.join('')}</ul>`;
}
