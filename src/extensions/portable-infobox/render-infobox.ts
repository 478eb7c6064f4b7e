/**
 * Turns the render data of an infobox's items into HTML (PortableInfobox's render
 * service): groups (plain, horizontal, packed into rows by row-items), panels with their
 * section tabs, media and media collections, and the <aside> around them.
 */
import type { RenderItem } from './nodes/node.ts';
import type { MediaItem } from './nodes/media-node.ts';
import { phpEmpty, phpFloatToString } from './php-values.ts';
import type { InfoboxLook } from './infobox-params.ts';
import * as t from './templates.ts';

type Data = Record<string, unknown>;

export function renderInfobox(items: RenderItem[], look: InfoboxLook): string {
  const styles =
    (look.accentColor ? `background-color:${look.accentColor};` : '') + (look.accentColorText ? `color:${look.accentColorText};` : '');
  const content = new ItemRenderer(styles).children(items);
  if (phpEmpty(content)) return '';
  return t.wrapperHtml({ content, theme: look.theme, layout: look.layout, type: look.type, itemName: look.itemName });
}

class ItemRenderer {
  constructor(private readonly inlineStyles: string) {}

  children(items: RenderItem[]): string {
    return items.map((item) => this.item(item)).join('');
  }

  private item(item: RenderItem): string {
    const d = item.data;
    switch (item.type) {
      case 'title':
        return t.titleHtml(d, this.inlineStyles);
      case 'header':
        return t.headerHtml(d, this.inlineStyles);
      case 'data':
        return t.dataHtml(d);
      case 'navigation':
        return t.navigationHtml(d);
      case 'group':
        return this.group(d);
      case 'panel':
        return this.panel(d);
      case 'media':
        return this.media(d.value as MediaItem[]);
      case 'smart-group':
        return t.smartGroupHtml(d as unknown as { data: t.CellData[]; renderLabels: boolean });
      default:
        return '';
    }
  }

  private group(d: Data): string {
    const children = d.value as RenderItem[];
    let content: string;
    if ((d['row-items'] as number | null) !== null && (d['row-items'] as number) > 0) {
      content = this.children(smartGroups(children, d['row-items'] as number));
    } else if (d.layout === 'horizontal') {
      content = t.horizontalGroupHtml(this.horizontalData(children));
    } else {
      content = this.children(children);
    }
    const collapsible = d.collapse !== null && children.length > 0 && children[0].type === 'header';
    return t.groupHtml(content, collapsible ? `pi-collapse pi-collapse-${d.collapse}` : '', d['item-name']);
  }

  private horizontalData(children: RenderItem[]): Parameters<typeof t.horizontalGroupHtml>[0] {
    const out: Parameters<typeof t.horizontalGroupHtml>[0] = { data: [], renderLabels: false };
    for (const item of children) {
      const d = item.data;
      if (item.type === 'data') {
        out.data.push({ label: d.label, value: d.value, source: d.source ?? '', 'item-name': d['item-name'] });
        if (!phpEmpty(d.label)) out.renderLabels = true;
      } else if (item.type === 'header') {
        out.header = d.value;
        out.inlineStyles = this.inlineStyles;
      }
    }
    return out;
  }

  private panel(d: Data): string {
    let header = '';
    const sections: t.PanelSection[] = [];
    let showToggles = false;
    (d.value as RenderItem[]).forEach((child, index) => {
      if (child.type === 'header') {
        if (phpEmpty(header)) header = t.headerHtml(child.data, this.inlineStyles);
      } else if (child.type === 'section') {
        const content = this.children(child.data.value as RenderItem[]);
        if (!phpEmpty(content)) {
          sections.push({ index, 'item-name': child.data['item-name'], label: child.data.label, content });
          if (!phpEmpty(child.data.label)) showToggles = true;
        }
      }
    });
    if (sections.length === 0) return '';
    sections[0].active = true;
    if (!showToggles) for (const s of sections) s.active = true;
    const collapsible = d.collapse !== null && !phpEmpty(header);
    return t.panelHtml({
      itemName: d['item-name'],
      cssClasses: collapsible ? `pi-collapse pi-collapse-${d.collapse}` : '',
      header,
      sections,
      showToggles,
    });
  }

  private media(items: MediaItem[]): string {
    if (items.length === 0) return '';
    return items.length === 1 ? t.mediaHtml(items[0]) : t.mediaCollectionHtml(items);
  }
}

/** Packs a row-items group: consecutive data items fill rows of `capacity` spans. */
function smartGroups(children: RenderItem[], capacity: number): RenderItem[] {
  const result: RenderItem[] = [];
  let row: RenderItem[] = [];
  let span = 0;
  const flush = () => {
    if (row.length > 0) result.push(smartGroupItem(row, span));
    row = [];
    span = 0;
  };
  for (const item of children) {
    if (item.type === 'data' && item.data.layout !== 'default') {
      const itemSpan = item.data.span as number;
      if (row.length > 0 && span + itemSpan > capacity) flush();
      span += itemSpan;
      row.push(item);
    } else {
      flush();
      result.push(item);
    }
  }
  flush();
  return result;
}

function smartGroupItem(row: RenderItem[], span: number): RenderItem {
  const data: t.CellData[] = [];
  let renderLabels = false;
  for (const item of row) {
    const d = item.data;
    const label = d.label ?? '';
    if (!phpEmpty(label)) renderLabels = true;
    data.push({
      label,
      value: d.value,
      inlineStyles: `width: ${phpFloatToString(((d.span as number) / span) * 100)}%`,
      source: d.source ?? '',
      'item-name': d['item-name'],
    });
  }
  return { type: 'smart-group', data: { data, renderLabels } };
}
