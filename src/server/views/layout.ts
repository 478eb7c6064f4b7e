/**
 * The reading skin's page frame: header with the site name and search box, a sidebar with
 * navigation, the page tabs (Read / Edit / View history), the title, and the content.
 */
import type { SiteConfig } from '../../core/site-config.ts';
import type { Title } from '../../core/title.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import type { Urls } from '../urls.ts';

export type Tab = 'view' | 'edit' | 'history';

export interface LayoutOptions {
  config: SiteConfig;
  urls: Urls;
  /** Text of the <title> element, without the site name. */
  htmlTitle: string;
  /** Content of the page's <h1>. */
  heading: SafeHtml | string;
  /** Page status indicators, shown before the heading (Skin::getIndicatorsHTML). */
  indicators?: SafeHtml;
  subtitle?: SafeHtml;
  body: SafeHtml;
  /** The page the tabs act on (none on most special pages). */
  title?: Title;
  /** Whether that page exists (its "Edit" tab reads "Create" otherwise). */
  exists?: boolean;
  activeTab?: Tab;
  /** The watch star after the tabs (logged-in users). */
  watchStar?: SafeHtml;
  footer?: SafeHtml;
  /** Keep search engines away (edit forms, old revisions, diffs). */
  noindex?: boolean;
  /** The user's links (name, log in / log out), MediaWiki's personal tools. */
  personalTools?: SafeHtml;
  /** The site's styles and script (MediaWiki:Common.css ...), linked after the skin's. */
  siteModules?: SafeHtml;
  /** The reader's rights: page operations they may not use are not offered. */
  rights?: readonly string[];
}

export function layout(o: LayoutOptions): string {
  const { urls, config } = o;
  const page = html`<!DOCTYPE html>
<html lang="${config.wgLanguageCode}" dir="ltr">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${o.noindex ? html`<meta name="robots" content="noindex,nofollow">` : ''}
<title>${o.htmlTitle} - ${config.wgSitename}</title>
<link rel="stylesheet" href="${urls.static('skin.css')}">
<script src="${urls.static('reading.js')}" defer></script>
${o.siteModules ?? ''}</head>
<body class="kagami-skin">
<input type="checkbox" id="menu-toggle" class="menu-toggle" aria-label="Menu">
<header class="site-header">
  <label for="menu-toggle" class="menu-button" aria-hidden="true">&#9776;</label>
  <a class="site-name" href="${urls.article('Main_Page')}">${config.wgSitename}</a>
  <form class="search" action="${urls.scriptPath}" method="get" role="search">
    <input type="hidden" name="title" value="Special:Search">
    <input type="search" name="search" placeholder="Search ${config.wgSitename}" aria-label="Search" accesskey="f">
    <button type="submit" name="go" value="Go">Go</button>
    <button type="submit" name="fulltext" value="1" class="search-fulltext">Search</button>
  </form>
${o.personalTools ? html`<nav id="p-personal" class="personal-tools" aria-label="Personal tools">${o.personalTools}</nav>` : ''}
</header>
<div class="page">
<nav class="sidebar" aria-label="Navigation">
  <ul>
    <li><a href="${urls.article('Main_Page')}">Main page</a></li>
    <li><a href="${urls.article('Special:RecentChanges')}">Recent changes</a></li>
    <li><a href="${urls.article('Special:Random')}">Random page</a></li>
    <li><a href="${urls.article('Special:AllPages')}">All pages</a></li>
    <li><a href="${urls.article('Special:Log')}">Logs</a></li>
  </ul>
${o.title && !o.title.isSpecial ? pageTools(o) : ''}
</nav>
<main class="content" id="content">
${o.title && !o.title.isSpecial ? tabs(o) : ''}
${o.indicators ?? ''}<h1 id="firstHeading" class="firstHeading">${o.heading}</h1>
<div id="bodyContent">
${o.subtitle ? html`<div id="contentSub">${o.subtitle}</div>` : ''}
${o.body}
</div>
</main>
</div>
<footer class="site-footer">${o.footer ?? ''}</footer>
</body>
</html>
`;
  return page.value;
}

/** The page's tools: backlinks, and the page operations when the page exists. */
function pageTools(o: LayoutOptions): SafeHtml {
  const title = o.title!;
  const key = title.prefixedDBKey;
  const can = (right: string) => !o.rights || o.rights.includes(right);
  const op = (right: string, id: string, href: string, label: string) => (can(right) ? html`
    <li id="${id}"><a href="${href}">${label}</a></li>` : '');
  const ops = o.exists === false ? '' : html`${op('move', 't-move', o.urls.article(`Special:MovePage/${key}`), 'Move')}${op('delete', 't-delete', o.urls.action(title, { action: 'delete' }), 'Delete')}${op('protect', 't-protect', o.urls.action(title, { action: 'protect' }), 'Protect')}${op('purge', 't-purge', o.urls.action(title, { action: 'purge' }), 'Purge')}`;
  return html`<h2 class="sidebar-heading">Tools</h2>
  <ul id="p-tb">
    <li id="t-whatlinkshere"><a href="${o.urls.article(`Special:WhatLinksHere/${key}`)}">What links here</a></li>${ops}
  </ul>`;
}

function tabs(o: LayoutOptions): SafeHtml {
  const title = o.title!;
  const tab = (name: Tab, label: string, href: string) =>
    html`<li${o.activeTab === name ? raw(' class="selected"') : ''}><a href="${href}" id="ca-${name}">${label}</a></li>`;
  return html`<nav class="page-tabs" aria-label="Page actions"><ul>
${tab('view', 'Read', o.urls.article(title))}
${tab('edit', o.exists === false ? 'Create' : 'Edit', o.urls.action(title, { action: 'edit' }))}
${tab('history', 'View history', o.urls.action(title, { action: 'history' }))}
${o.watchStar ?? ''}
</ul></nav>`;
}
