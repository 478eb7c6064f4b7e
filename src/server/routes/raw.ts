/**
 * action=raw (the page source) and action=render (the page's HTML without the skin), both
 * for the current revision or oldid=.
 *
 * action=raw answers with the Content-Type asked for by ctype= (text/x-wiki, text/css,
 * text/javascript, application/json, as MediaWiki's RawAction allows), else the page's
 * content model's (css, javascript, json) or text/x-wiki. JavaScript is served only from
 * MediaWiki: pages and users' .js pages, as MediaWiki refuses unprotected scripts. The ETag
 * is the revision id; a request naming the current revision (version=ID, as the skin links
 * site styles) may be cached for good, any other is revalidated.
 */
import { NS_MEDIAWIKI, NS_USER } from '../../core/namespace.ts';
import type { Title } from '../../core/title.ts';
import { contentHandler } from '../../content/content-models.ts';
import type { RequestContext } from '../request-context.ts';
import { articleHtml } from '../views/article.ts';
import { parseRevId } from './view.ts';

const allowedTypes = new Set(['text/x-wiki', 'text/javascript', 'text/css', 'application/x-zope-edit', 'application/json']);
const modelTypes = new Set(['text/css', 'text/javascript', 'application/json']);

export function rawPage(rc: RequestContext, title: Title): Response {
  const view = rc.wiki.getPage(title, { revId: parseRevId(rc.query('oldid')) ?? undefined });
  if (!view) return rc.c.text('', 404, { 'Content-Type': 'text/x-wiki; charset=UTF-8' });
  const contentType = rawContentType(rc.query('ctype') ?? legacyType(rc.query('gen')), view.revision.model);
  if (contentType === 'text/javascript' && !mayServeScript(title)) {
    return rc.c.text('In order to prevent security issues, JavaScript cannot be loaded from unprotected pages. Please only create JavaScript in the MediaWiki: namespace or as a User subpage.', 403);
  }
  const revId = view.revision.revId;
  const etag = `"${revId}"`;
  const pinned = rc.query('version') === String(revId) || (rc.query('oldid') !== undefined && view.revision.revId === Number(rc.query('oldid')));
  const headers = {
    'Content-Type': `${contentType}; charset=UTF-8`,
    'X-Content-Type-Options': 'nosniff',
    ETag: etag,
    'Last-Modified': new Date(view.revision.timestamp).toUTCString(),
    'Cache-Control': pinned ? 'public, max-age=31536000, immutable' : 'private, max-age=0, must-revalidate',
  };
  const ifNoneMatch = rc.c.req.header('If-None-Match');
  if (ifNoneMatch && ifNoneMatch.split(/\s*,\s*/).includes(etag)) return new Response(null, { status: 304, headers });
  return rc.c.body(view.revision.text, 200, headers);
}

/** The type of the answer: ctype= when allowed, else the model's, else text/x-wiki. */
export function rawContentType(ctype: string | undefined, model: string): string {
  if (ctype && allowedTypes.has(ctype)) return ctype;
  const byModel = contentHandler(model).mimeType;
  return modelTypes.has(byModel) ? byModel : 'text/x-wiki';
}

/** gen=css / gen=js, the old way of asking for a type. */
function legacyType(gen: string | undefined): string | undefined {
  return gen === 'js' ? 'text/javascript' : gen === 'css' ? 'text/css' : undefined;
}

function mayServeScript(title: Title): boolean {
  return title.ns === NS_MEDIAWIKI || (title.ns === NS_USER && title.dbKey.includes('/') && title.dbKey.endsWith('.js'));
}

export function renderAction(rc: RequestContext, title: Title): Response {
  const view = rc.wiki.getPage(title, { revId: parseRevId(rc.query('oldid')) ?? undefined });
  if (!view) return rc.c.html('', 404);
  const output = rc.wiki.render(view);
  return rc.c.html(articleHtml(output, { title: view.title, titles: rc.wiki.titles, urls: rc.urls, editSections: false }));
}
