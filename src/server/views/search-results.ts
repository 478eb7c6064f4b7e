/**
 * Special:Search's results page, in MediaWiki 1.39's markup: the search form, the
 * "create the page" or "there is a page" line, "Results 1 – 20 of 35", page title matches
 * and page text matches (highlighted title, snippet, size, word count and date), and the
 * "(previous 20 | next 20) (20 | 50 | 100 | 250 | 500)" paging links.
 */
import type { Title } from '../../core/title.ts';
import type { WikiSearchHit, WikiSearchResults } from '../../search/search-pages.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import type { Urls } from '../urls.ts';
import { formatTimestamp } from './format.ts';

export interface SearchPageState {
  query: string;
  limit: number;
  offset: number;
  /** The page the query names: whether it exists decides the create/exists line. */
  named: Title | null;
  namedExists: boolean;
  /** Extra query parameters that paging links keep (profile, nsN). */
  keep: Record<string, string>;
}

export function searchForm(urls: Urls, query: string): SafeHtml {
  return html`<form id="search" class="mw-search-form" action="${urls.scriptPath}" method="get">
<input type="hidden" name="title" value="Special:Search">
<input type="search" name="search" value="${query}" size="50" id="searchText" autofocus>
<input type="hidden" name="fulltext" value="1">
<button type="submit">Search</button>
</form>`;
}

function sizeLine(hit: WikiSearchHit): string {
  const kb = hit.size < 1024 ? `${hit.size} bytes` : `${Math.round(hit.size / 1024)} KB`;
  const words = `${hit.wordCount.toLocaleString('en-US')} word${hit.wordCount === 1 ? '' : 's'}`;
  return `${kb} (${words}) - ${formatTimestamp(hit.timestamp)}`;
}

function resultList(urls: Urls, hits: WikiSearchHit[], offset: number): SafeHtml {
  return html`<ul class="mw-search-results">
${hits.map((hit, i) => html`<li class="mw-search-result mw-search-result-ns-${hit.namespace}"><div class="mw-search-result-heading"><a href="${urls.article(hit.title)}" title="${hit.title.prefixedText}" data-serp-pos="${offset + i}">${raw(titleHtml(hit))}</a>${hit.isRedirect ? html` <span class="searchalttitle">(redirect)</span>` : ''}</div>${hit.snippet ? html`<div class="searchresult">${raw(hit.snippet)}</div>` : ''}<div class="mw-search-result-data">${sizeLine(hit)}</div></li>
`)}</ul>`;
}

/** The namespace prefix as text, then the highlighted title text. */
function titleHtml(hit: WikiSearchHit): string {
  const prefix = hit.title.nsName ? `${hit.title.nsName.replace(/_/g, ' ')}:` : '';
  return html`${prefix}`.value + hit.titleSnippet;
}

function pager(urls: Urls, state: SearchPageState, total: number): SafeHtml {
  const link = (offset: number, limit: number, label: string) =>
    html`<a href="${urls.action('Special:Search', { search: state.query, ...state.keep, limit, offset, fulltext: 1 })}">${label}</a>`;
  const prev = state.offset > 0 ? link(Math.max(0, state.offset - state.limit), state.limit, `previous ${state.limit}`) : `previous ${state.limit}`;
  const next = state.offset + state.limit < total ? link(state.offset + state.limit, state.limit, `next ${state.limit}`) : `next ${state.limit}`;
  const sizes = [20, 50, 100, 250, 500].map((n) => link(state.offset, n, String(n)));
  return html`<p class="mw-search-pager-bottom">View (${prev} | ${next}) (${sizes.map((s, i) => html`${i ? ' | ' : ''}${s}`)})</p>`;
}

export function searchResultsBody(urls: Urls, state: SearchPageState, results: WikiSearchResults | null): SafeHtml {
  const form = searchForm(urls, state.query);
  if (!results) return html`${form}<p class="mw-search-nonefound">Enter words to search for.</p>`;
  const { titleMatches, textMatches } = results;
  const named = state.named
    ? state.namedExists
      ? html`<p class="mw-search-exists">There is a page named "<a href="${urls.article(state.named)}" title="${state.named.prefixedText}">${state.named.prefixedText}</a>" on this wiki.</p>`
      : html`<p class="mw-search-createlink">Create the page "<a href="${urls.action(state.named, { action: 'edit', redlink: 1 })}" class="new" title="${state.named.prefixedText} (page does not exist)">${state.named.prefixedText}</a>" on this wiki!</p>`
    : '';
  const total = Math.max(titleMatches.total, textMatches.total);
  if (total === 0) return html`${form}${named}<p class="mw-search-nonefound">There were no results matching the query.</p>`;
  const counted = textMatches.total ? textMatches : titleMatches;
  const info = html`<div class="results-info" data-mw-num-results-offset="${state.offset}" data-mw-num-results-total="${counted.total}">Results <strong>${state.offset + 1} – ${state.offset + counted.hits.length}</strong> of <strong>${counted.total.toLocaleString('en-US')}</strong></div>`;
  return html`${form}${named}${info}
${titleMatches.hits.length ? html`<h2><span class="mw-headline" id="Page_title_matches">Page title matches</span></h2>
${resultList(urls, titleMatches.hits, state.offset)}` : ''}
${textMatches.hits.length ? html`<h2><span class="mw-headline" id="Page_text_matches">Page text matches</span></h2>
${resultList(urls, textMatches.hits, state.offset)}` : ''}
${pager(urls, state, total)}`;
}
