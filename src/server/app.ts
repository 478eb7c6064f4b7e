/**
 * The HTTP application: MediaWiki's URL scheme over the Wiki facade. Articles at
 * /wiki/Title, every action through /index.php?title=T&action=..., static assets under
 * /static/. `createApp` serves in-process (tests use `app.request`); `startServer` listens.
 */
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type RequestListener, type Server, type ServerOptions } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import type { Title } from '../core/title.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { CsrfTokens } from './csrf.ts';
import { html } from './html.ts';
import { RequestContext, type ServerServices } from './request-context.ts';
import { anonymousPlainView, cachedViewResponse, PageViewCache, serveCachedView } from './page-view-cache.ts';
import { JobRunner } from '../jobs/job-runner.ts';
import { apiRoute } from './routes/api.ts';
import { deleteForm, deleteSubmit } from './routes/delete.ts';
import { diffPage } from './routes/diff.ts';
import { protectForm, protectSubmit } from './routes/protect.ts';
import { purgeForm, purgeSubmit, rollbackAction } from './routes/rollback-purge.ts';
import { undeleteForm, undeleteSubmit } from './routes/undelete.ts';
import { editPage } from './routes/edit.ts';
import { historyPage } from './routes/history.ts';
import { rawPage, renderAction } from './routes/raw.ts';
import { specialPage } from './routes/special.ts';
import { submitEdit } from './routes/submit.ts';
import { uploadedFile } from './routes/uploaded-files.ts';
import { viewPage } from './routes/view.ts';
import { blockedFromEditing } from '../community/routes/blocked-page.ts';
import { watchAction } from '../community/routes/watch-action.ts';
import { watchPage } from '../community/watch-page.ts';
import { staticAssets } from './static-assets.ts';
import { warmEditorBundle } from './editor-bundle.ts';
import { decodePathTitle, resolveTitle } from './title-request.ts';
import { Urls } from './urls.ts';

export interface AppOptions {
  /** Secret for signing edit tokens; defaults to one kept in the wiki's meta table. */
  secret?: string;
  /** The finished-page cache for anonymous views; one per app unless given. */
  viewCache?: PageViewCache;
}

const SECRET_META_KEY = 'server-secret';

export function createApp(wiki: Wiki, opts: AppOptions = {}): Hono {
  const services: ServerServices = { wiki, urls: new Urls(wiki.config), tokens: new CsrfTokens(opts.secret ?? serverSecret(wiki)) };
  const app = new Hono();
  const articlePrefix = wiki.config.wgArticlePath.replace('$1', '');
  const scriptPath = `${wiki.config.wgScriptPath}/index.php`;

  app.get(`${wiki.config.wgScriptPath}/static/:file`, (c) => staticAssets(c, c.req.param('file')));
  const uploadPath = wiki.config.wgUploadPath;
  if (uploadPath.startsWith('/')) {
    app.get(`${uploadPath}/*`, (c) => uploadedFile(new RequestContext(c, services), new URL(c.req.url).pathname.slice(uploadPath.length + 1)));
  }
  app.get(wiki.config.wgScriptPath || '/', (c) => c.redirect(services.urls.article('Main_Page'), 301));
  app.on(['GET', 'POST'], `${wiki.config.wgScriptPath}/api.php`, (c) => apiRoute(new RequestContext(c, services)));
  app.on(['GET', 'POST'], scriptPath, (c) => {
    const rc = new RequestContext(c, services);
    return dispatch(rc, c.req.query('title'), false);
  });
  const viewCache = opts.viewCache ?? new PageViewCache(wiki);
  app.on(['GET', 'POST'], `${articlePrefix}*`, async (c) => {
    const rc = new RequestContext(c, services);
    const url = new URL(c.req.url);
    const path = url.pathname.slice(articlePrefix.length);
    if (!viewCache.enabled || !anonymousPlainView(c.req.method, url.search, c.req.header('Cookie'))) return dispatch(rc, decodePathTitle(path), true);
    const hit = viewCache.get(url.pathname);
    if (hit) return cachedViewResponse(hit, c.req.header('If-None-Match'));
    const mark = viewCache.mark()!;
    const config = wiki.config;
    const response = await dispatch(rc, decodePathTitle(path), true);
    if (!rc.cacheableView || response.status !== 200 || response.headers.has('Set-Cookie')) return response;
    const entry = viewCache.set(url.pathname, mark, config, await response.text(), response.headers.get('Content-Type') ?? 'text/html; charset=UTF-8');
    return cachedViewResponse(entry, c.req.header('If-None-Match'));
  });

  app.notFound((c) => new RequestContext(c, services).page({ htmlTitle: 'Not found', heading: 'Not found', body: html`<p>There is nothing at this address.</p>` }, 404));
  app.onError((err, c) => {
    console.error(err);
    return new RequestContext(c, services).page(
      { htmlTitle: 'Internal error', heading: 'Internal error', body: html`<div class="mw-warning"><p>Something went wrong while handling this request.</p></div>` },
      500,
    );
  });
  return app;
}

/** Resolves the title, redirects non-canonical URLs, and runs the requested action. */
async function dispatch(rc: RequestContext, titleText: string | undefined, fromArticlePath: boolean): Promise<Response> {
  const { c, urls } = rc;
  const action = (rc.query('action') ?? 'view').toLowerCase();
  if (titleText === undefined || titleText === '') {
    if (rc.query('diff') !== undefined || rc.query('oldid') !== undefined) return diffOrOld(rc, null);
    if (rc.query('search') !== undefined) return specialPage(rc, rc.wiki.titles.parse('Special:Search')!);
    return rc.redirect(urls.article('Main_Page'), 301);
  }
  const resolved = resolveTitle(rc.wiki.titles, titleText);
  if (resolved.kind === 'invalid') return badTitle(rc, titleText);
  if (resolved.kind === 'external') return rc.redirect(resolved.url, 301);
  const { title } = resolved;
  if (!resolved.canonical && c.req.method === 'GET' && action !== 'raw') {
    const url = new URL(c.req.url);
    if (fromArticlePath) return rc.redirect(urls.article(title) + url.search, 301);
    url.searchParams.set('title', title.prefixedDBKey);
    return rc.redirect(`${urls.scriptPath}?${url.searchParams.toString()}`, 301);
  }
  if (title.isSpecial) return specialPage(rc, title);
  if (action === 'edit' || action === 'submit') {
    const blocked = blockedFromEditing(rc, title);
    if (blocked) return blocked;
  }
  if (action === 'watch' || action === 'unwatch') return watchAction(rc, title, action);
  if (c.req.method === 'POST') {
    if (action === 'submit' || action === 'edit') return watchOnSave(rc, title, await submitEdit(rc, title));
    if (action === 'delete') return deleteSubmit(rc, title);
    if (action === 'protect' || action === 'unprotect') return protectSubmit(rc, title);
    if (action === 'undelete') return undeleteSubmit(rc, title);
    if (action === 'purge') return purgeSubmit(rc, title);
    if (action === 'rollback') return rollbackAction(rc, title);
    return rc.page({ htmlTitle: 'Bad request', heading: 'Bad request', body: html`<p>This action cannot be posted.</p>` }, 400);
  }
  switch (action) {
    case 'view':
      return diffOrOld(rc, title);
    case 'edit':
    case 'submit':
      return editPage(rc, title);
    case 'history':
      return historyPage(rc, title);
    case 'raw':
      return rawPage(rc, title);
    case 'render':
      return renderAction(rc, title);
    case 'delete':
      return deleteForm(rc, title);
    case 'protect':
    case 'unprotect':
      return protectForm(rc, title);
    case 'undelete':
      return undeleteForm(rc, title);
    case 'purge':
      return purgeForm(rc, title);
    case 'rollback':
      return rollbackAction(rc, title);
    default:
      return rc.page({ htmlTitle: 'No such action', heading: 'No such action', body: html`<p>The action "${action}" is not recognised by this wiki.</p>` }, 400);
  }
}

/** A saved edit (answered with a redirect) adds the page to the editor's watchlist, MediaWiki's default preference. */
function watchOnSave(rc: RequestContext, title: Title, response: Response): Response {
  if (response.status === 303 && rc.userId() > 0) watchPage(rc.wiki, rc.userId(), title);
  return response;
}

function diffOrOld(rc: RequestContext, title: Title | null): Response {
  if (rc.query('diff') !== undefined) return diffPage(rc, title);
  if (title) return viewPage(rc, title);
  const oldid = Number(rc.query('oldid'));
  const view = Number.isSafeInteger(oldid) && oldid > 0 ? rc.wiki.getRevision(oldid) : null;
  if (!view) return badTitle(rc, '');
  return viewPage(rc, view.title);
}

function badTitle(rc: RequestContext, text: string): Response {
  return rc.page(
    {
      htmlTitle: 'Bad title',
      heading: 'Bad title',
      body: html`<p>The requested page title ${text ? html`"${text}" ` : ''}is empty or contains characters that cannot be used in a title.</p>`,
    },
    400,
  );
}

/** The secret behind edit tokens, created once per wiki and kept in its meta table. */
function serverSecret(wiki: Wiki): string {
  let secret = wiki.repo.getMeta(SECRET_META_KEY);
  if (!secret) {
    secret = randomBytes(32).toString('base64url');
    wiki.repo.setMeta(SECRET_META_KEY, secret);
  }
  return secret;
}

export interface StartServerOptions extends AppOptions {
  /** Interface to listen on; 127.0.0.1 unless given (use 0.0.0.0 for all). */
  hostname?: string;
  /** Run queued jobs in the background of the server process (default true). */
  runJobs?: boolean;
}

/** Listens on `port` (0 for any free port) and resolves once the server accepts connections. */
export function startServer(wiki: Wiki, port: number, opts: StartServerOptions = {}): Promise<Server> {
  const viewCache = opts.viewCache ?? new PageViewCache(wiki);
  const app = createApp(wiki, { ...opts, viewCache });
  void warmEditorBundle();
  const runner = opts.runJobs === false ? null : new JobRunner(wiki);
  const articlePrefix = wiki.config.wgArticlePath.replace('$1', '');
  const createServer = (options: ServerOptions, listener: RequestListener) =>
    createHttpServer(options, (req, res) => serveCachedView(viewCache, articlePrefix, req, res) || listener(req, res));
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: opts.hostname ?? '127.0.0.1', createServer: createServer as typeof createHttpServer }, () => {
      if (runner) {
        wiki.onJobsQueued = () => runner.wake();
        runner.start();
      }
      resolve(server as Server);
    });
    server.once('error', reject);
    server.once('close', () => {
      runner?.stop();
      if (runner) wiki.onJobsQueued = null;
    });
  });
}
