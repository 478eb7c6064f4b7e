/**
 * Special:PageData: a form (field, value, category, fields to show) and the matching pages
 * as a sortable table, or as CSV with format=csv. Without a field it lists the fields
 * recorded on the wiki with how many pages have each.
 */
import { NS_CATEGORY } from '../core/namespace.ts';
import { html } from '../server/html.ts';
import type { RequestContext } from '../server/request-context.ts';

const limit = 500;

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function pageDataSpecial(rc: RequestContext, subpage: string): Response {
  const source = (rc.query('field') ?? subpage).trim();
  const value = (rc.query('value') ?? '').trim();
  const categoryText = (rc.query('category') ?? '').trim();
  const fieldsText = (rc.query('fields') ?? '').trim();
  const fields = fieldsText ? fieldsText.split(',').map((f) => f.trim()).filter(Boolean) : source ? [source] : [];
  const category = categoryText ? rc.wiki.titles.parse(categoryText, NS_CATEGORY) : null;
  const form = html`<form method="get" action="${rc.urls.article('Special:PageData')}" class="mw-pagedata-form"><fieldset><legend>Find pages by infobox field</legend>
<label>Field: <input name="field" value="${source}"></label> <label>Value: <input name="value" value="${value}"></label>
<label>Category: <input name="category" value="${categoryText}"></label> <label>Show fields: <input name="fields" value="${fieldsText}" placeholder="name,eyes"></label>
<input type="submit" value="Search"></fieldset></form>`;
  if (!source) {
    const sources = rc.wiki.repo.pageData.pageDataSources(limit);
    const items = sources.map((s) => html`<li><a href="${rc.urls.action('Special:PageData', { field: s.source })}">${s.source}</a> (${s.pages} pages)</li>\n`);
    return rc.page({ htmlTitle: 'Page data', heading: 'Page data', body: html`${form}<ul class="mw-pagedata-sources">${items}</ul>` });
  }
  const matches = rc.wiki.repo.pageData.queryPageData(
    { source, value: value || null, category: category && category.ns === NS_CATEGORY ? category.dbKey : categoryText ? '\u0000' : null, limit },
    fields,
  );
  const rows = matches.map((m) => ({ title: rc.wiki.titles.makeTitle(m.namespace, m.dbKey), m }));
  if (rc.query('format') === 'csv') {
    const lines = [['page', ...fields], ...rows.map((r) => [r.title?.prefixedText ?? r.m.dbKey, ...fields.map((f) => r.m.fields[f] ?? '')])];
    return new Response(lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n', {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="pagedata.csv"' },
    });
  }
  const head = html`<tr><th>Page</th>${fields.map((f) => html`<th>${f}</th>`)}</tr>`;
  const body = rows.map((r) => html`<tr><td>${r.title ? html`<a href="${rc.urls.article(r.title)}" title="${r.title.prefixedText}">${r.title.prefixedText}</a>` : r.m.dbKey}</td>${fields.map((f) => html`<td>${r.m.fields[f] ?? ''}</td>`)}</tr>\n`);
  const csv = rc.urls.action('Special:PageData', { field: source, value: value || undefined, category: categoryText || undefined, fields: fieldsText || undefined, format: 'csv' });
  return rc.page({
    htmlTitle: 'Page data', heading: 'Page data',
    body: rows.length
      ? html`${form}<p>${rows.length} pages. <a href="${csv}" class="mw-pagedata-csv">Download as CSV</a></p><table class="wikitable sortable mw-pagedata-results">${head}${body}</table>`
      : html`${form}<p>There are no results for this report.</p>`,
  });
}
