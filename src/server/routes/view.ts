/**
 * Reading a page (action=view, also with oldid=): follows a redirect once with
 * "(Redirected from X)", shows a redirect page itself with redirect=no, an old revision with
 * its navigation, and a missing page as HTTP 404 with a link to create it.
 */
import { NS_CATEGORY, NS_FILE } from '../../core/namespace.ts';
import type { Title } from '../../core/title.ts';
import type { PageView } from '../../wiki/get-page.ts';
import { neighbours } from '../../wiki/adjacent-revisions.ts';
import { contentMessage } from '../../content/content-messages.ts';
import { moduleOfDocPage } from '../../content/scribunto-doc.ts';
import { html, raw, type SafeHtml } from '../html.ts';
import type { RequestContext } from '../request-context.ts';
import { articleHtml } from '../views/article.ts';
import { indicatorsHtml } from '../views/indicators.ts';
import { categoryListing } from '../views/category-viewer.ts';
import { fileBottom, fileTop } from '../views/file-page.ts';
import { fragmentPart } from '../urls.ts';
import { formatDate, formatTimestamp, summary } from '../views/format.ts';

export function viewPage(rc: RequestContext, title: Title): Response {
  const oldid = parseRevId(rc.query('oldid'));
  if (rc.query('oldid') !== undefined && oldid === null) return badRevision(rc, title);
  const follow = rc.query('redirect') !== 'no' && oldid === null;
  const view = rc.wiki.getPage(title, { followRedirect: follow, revId: oldid ?? undefined });
  if (!view) return oldid !== null ? badRevision(rc, title) : missingPage(rc, title);
  const output = rc.wiki.render(view);
  const heading = output.displayTitle ? raw(output.displayTitle) : output.titleText ? raw(output.titleText) : view.title.prefixedText;
  const subtitle: SafeHtml[] = [];
  if (view.redirectedFrom) {
    subtitle.push(html`<span class="mw-redirectedfrom">(Redirected from <a href="${rc.urls.action(view.redirectedFrom, { redirect: 'no' })}" class="mw-redirect">${view.redirectedFrom.prefixedText}</a>)</span>`);
  }
  if (!view.isCurrent) subtitle.push(oldRevisionNav(rc, view));
  const content = view.redirectTarget
    ? redirectPage(rc, view.redirectTarget)
    : raw(articleHtml(output, { title: view.title, titles: rc.wiki.titles, urls: rc.urls, editSections: view.isCurrent }));
  const filePage = view.page.namespace === NS_FILE && view.isCurrent && !view.redirectTarget;
  const docHeader = view.isCurrent && !view.redirectTarget ? moduleDocHeader(rc, view.title) : '';
  rc.cacheableView = view.isCurrent && !view.redirectedFrom && !view.redirectTarget && !output.volatile && docHeader === ''
    && view.page.namespace !== NS_CATEGORY && view.page.namespace !== NS_FILE;
  const body = html`${docHeader}${filePage ? fileTop(rc, view.title, rc.wiki.data.getFile(view.title)) : ''}${content}${
    filePage ? fileBottom(rc, view.title, rc.wiki.repo.getFileRecord(view.title.dbKey)) : ''}${view.redirectedFrom && view.title.fragment ? fragmentScript(rc, view.title) : ''}${
    view.page.namespace === NS_CATEGORY && view.isCurrent && !view.redirectTarget ? categoryListing(categoryContext(rc), view.title) : ''}`;
  return rc.page({
    htmlTitle: view.title.prefixedText,
    heading,
    indicators: output.indicators.size && !view.redirectTarget ? indicatorsHtml(output.indicators) : undefined,
    subtitle: subtitle.length ? html`${subtitle}` : undefined,
    body,
    title: view.title,
    exists: true,
    activeTab: 'view',
    noindex: !view.isCurrent,
    footer: html`This page was last edited on ${formatDate(view.revision.timestamp)}, at ${formatTimestamp(view.revision.timestamp).slice(0, 5)} (UTC).`,
  });
}

/** On a module's documentation page, Scribunto's header naming the module (scribunto-doc-page-header). */
function moduleDocHeader(rc: RequestContext, title: Title): SafeHtml | '' {
  const module = moduleOfDocPage(rc.wiki, title);
  const message = module && contentMessage(rc.wiki, 'scribunto-doc-page-header', module.prefixedText);
  return message ? raw(rc.wiki.renderText(message, title).html) : '';
}

/** After a redirect to a section, the address shows the target and its anchor, as MediaWiki's client code does. */
function fragmentScript(rc: RequestContext, target: Title): SafeHtml {
  const url = JSON.stringify(rc.urls.article(target.prefixedDBKey) + fragmentPart(target.fragment)).replace(/</g, '\\u003c');
  return html`<script>history.replaceState(null, '', ${raw(url)});</script>`;
}

function categoryContext(rc: RequestContext) {
  return { repo: rc.wiki.repo, titles: rc.wiki.titles, urls: rc.urls, query: (name: string) => rc.query(name) };
}

export function parseRevId(value: string | undefined): number | null {
  if (value === undefined || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n > 0 && Number.isSafeInteger(n) ? n : null;
}

function redirectPage(rc: RequestContext, target: Title): SafeHtml {
  const href = target.isExternal ? '#' : rc.urls.article(target);
  return html`<div class="redirectMsg"><p>Redirect to:</p><ul class="redirectText"><li><a href="${href}">${target.fullText}</a></li></ul></div>`;
}

function oldRevisionNav(rc: RequestContext, view: PageView): SafeHtml {
  const { urls } = rc;
  const rev = view.revision;
  const { older, newer } = neighbours(rc.wiki, view.page.pageId, rev.revId);
  return html`<div class="mw-revision-notice">Revision as of ${formatTimestamp(rev.timestamp)} by <a href="${urls.article(`User:${rev.userName}`)}">${rev.userName}</a> ${summary(rev.comment)}<br>
${older ? html`(<a href="${urls.action(view.title, { diff: 'prev', oldid: rev.revId })}">diff</a>) <a href="${urls.action(view.title, { oldid: older.revId })}">← Older revision</a>` : '← Older revision'}
| <a href="${urls.article(view.title)}">Latest revision</a> (<a href="${urls.action(view.title, { diff: 'cur', oldid: rev.revId })}">diff</a>)
| ${newer ? html`<a href="${urls.action(view.title, { oldid: newer.revId })}">Newer revision →</a> (<a href="${urls.action(view.title, { diff: 'next', oldid: rev.revId })}">diff</a>)` : 'Newer revision →'}</div>`;
}

export function missingPage(rc: RequestContext, title: Title): Response {
  const editHref = rc.urls.action(title, { action: 'edit' });
  const members = title.ns === NS_CATEGORY ? categoryListing(categoryContext(rc), title)
    : title.ns === NS_FILE ? html`${fileTop(rc, title, rc.wiki.data.getFile(title))}${fileBottom(rc, title, rc.wiki.repo.getFileRecord(title.dbKey))}` : '';
  const deleted = rc.wiki.repo.listArchivedRevisions(title.ns, title.dbKey).length;
  return rc.page(
    {
      htmlTitle: title.prefixedText,
      heading: title.prefixedText,
      body: html`<div class="noarticletext mw-content-ltr"><p>There is currently no text in this page.
You can <a href="${rc.urls.action('Special:Search', { search: title.prefixedText })}">search for this page title</a> in other pages,
or <a href="${editHref}" class="mw-create-link">create this page</a>.</p></div>
${deleted ? html`<p class="mw-undelete-link">This page has been deleted; <a href="${rc.urls.action(`Special:Undelete/${title.prefixedDBKey}`, {})}">view or restore ${deleted} deleted revision${deleted === 1 ? '' : 's'}</a>.</p>` : ''}${members}`,
      title,
      exists: false,
      activeTab: 'view',
      noindex: true,
    },
    404,
  );
}

export function badRevision(rc: RequestContext, title: Title): Response {
  return rc.page(
    {
      htmlTitle: 'Revision not found',
      heading: title.prefixedText,
      body: html`<div class="mw-warning"><p>The revision of this page you asked for does not exist. The link may be outdated, or the revision was removed.</p></div>`,
      title,
      noindex: true,
    },
    404,
  );
}
