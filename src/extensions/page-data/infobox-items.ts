/**
 * Recording an infobox's rendered data items as page data (core/page-data.ts): every
 * non-empty <data> item with a source, inside groups, panels and sections too, is added to
 * ParserOutput.extensionData under PAGE_DATA_KEY with its plain-text label and value. Each
 * <infobox> on the page gets the next infobox number.
 */
import { PAGE_DATA_KEY, type PageDataItem } from '../../core/page-data.ts';
import type { ParserOutput } from '../../core/parser-output.ts';
import type { RenderItem } from '../portable-infobox/nodes/node.ts';
import { plainText } from './plain-text.ts';

/** The page data recorded so far in this parse. */
export function pageDataOf(output: ParserOutput): PageDataItem[] {
  const items = output.extensionData.get(PAGE_DATA_KEY);
  return Array.isArray(items) ? (items as PageDataItem[]) : [];
}

export function recordInfoboxItems(output: ParserOutput, items: readonly RenderItem[], infobox: { template: string; type: string }): void {
  const recorded = pageDataOf(output);
  const number = recorded.reduce((max, i) => Math.max(max, i.infobox + 1), 0);
  const found: PageDataItem[] = [];
  collect(items, (data) => {
    const source = typeof data.source === 'string' ? data.source : '';
    const value = typeof data.value === 'string' ? plainText(data.value) : '';
    if (source === '' || value === '') return;
    const label = typeof data.label === 'string' ? plainText(data.label) : '';
    found.push({ infobox: number, template: infobox.template, type: infobox.type, source, label, value });
  });
  if (found.length > 0) output.extensionData.set(PAGE_DATA_KEY, [...recorded, ...found]);
}

function collect(items: readonly RenderItem[], onData: (data: Record<string, unknown>) => void): void {
  for (const item of items) {
    if (item.type === 'data') onData(item.data);
    else if (Array.isArray(item.data.value) && ['group', 'panel', 'section'].includes(item.type)) {
      collect(item.data.value as RenderItem[], onData);
    }
  }
}
