/**
 * action=raw (the page source as text/x-wiki) and action=render (the page's HTML without
 * the skin), both for the current revision or oldid=.
 */
import type { Title } from '../../core/title.ts';
import type { RequestContext } from '../request-context.ts';
import { articleHtml } from '../views/article.ts';
import { parseRevId } from './view.ts';

export function rawPage(rc: RequestContext, title: Title): Response {
  const view = rc.wiki.getPage(title, { revId: parseRevId(rc.query('oldid')) ?? undefined });
  if (!view) return rc.c.text('', 404, { 'Content-Type': 'text/x-wiki; charset=UTF-8' });
  const contentType = view.revision.model === 'Scribunto' ? 'text/x-wiki' : contentTypeFor(view.revision.model);
  return rc.c.body(view.revision.text, 200, {
    'Content-Type': `${contentType}; charset=UTF-8`,
    'Cache-Control': 'private, s-maxage=0, max-age=0, must-revalidate',
  });
}

function contentTypeFor(model: string): string {
  switch (model) {
    case 'css':
    case 'sanitized-css':
      return 'text/css';
    case 'javascript':
      return 'text/javascript';
    case 'json':
      return 'application/json';
    default:
      return 'text/x-wiki';
  }
}

export function renderAction(rc: RequestContext, title: Title): Response {
  const view = rc.wiki.getPage(title, { revId: parseRevId(rc.query('oldid')) ?? undefined });
  if (!view) return rc.c.html('', 404);
  const output = rc.wiki.render(view);
  return rc.c.html(articleHtml(output, { title: view.title, titles: rc.wiki.titles, urls: rc.urls, editSections: false }));
}
