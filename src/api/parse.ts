/**
 * action=parse: renders a stored page (page=, pageid=, oldid=) or given text (text= with
 * title=, optionally pst=) and returns the parser output's parts: text, links, templates,
 * categories, sections, displaytitle, external links, images, properties, warnings.
 */
import type { ParserOutput } from '../core/parser-output.ts';
import type { Title } from '../core/title.ts';
import { Urls } from '../server/urls.ts';
import { articleHtml } from '../server/views/article.ts';
import { getSection } from '../wiki/section.ts';
import type { ActionModule } from './action-module.ts';
import type { ApiContext, ApiObject } from './api-context.ts';
import { ApiError } from './errors.ts';
import { pageForTitle } from './page-param.ts';

const props = ['text', 'langlinks', 'categories', 'categorieshtml', 'links', 'templates', 'images', 'externallinks', 'sections', 'revid', 'displaytitle', 'subtitle', 'headhtml', 'modules', 'jsconfigvars', 'encodedjsconfigvars', 'indicators', 'iwlinks', 'wikitext', 'properties', 'limitreportdata', 'limitreporthtml', 'parsetree', 'parsewarnings', 'parsewarningshtml', 'headitems'] as const;
const defaultProps = ['text', 'langlinks', 'categories', 'links', 'templates', 'images', 'externallinks', 'sections', 'revid', 'displaytitle', 'iwlinks', 'properties', 'parsewarnings'];

interface Source {
  title: Title;
  text: string;
  pageId?: number;
  revId?: number;
  output: ParserOutput;
}

export const parse: ActionModule = {
  name: 'parse',
  execute(ctx) {
    const { params: p } = ctx;
    const wanted = new Set(p.has('prop') ? p.list('prop', props) : defaultProps);
    const src = source(ctx);
    const out: ApiObject = { title: src.title.prefixedText, pageid: src.pageId ?? 0 };
    if (src.revId !== undefined && wanted.has('revid')) out.revid = src.revId;
    const o = src.output;
    const { titles, repo } = ctx.wiki;
    const exists = (ns: number, dbKey: string) => repo.getPage(ns, dbKey) !== null;
    if (wanted.has('text')) {
      const html = articleHtml(o, { title: src.title, titles, urls: new Urls(ctx.wiki.config), editSections: !p.bool('disableeditsection') });
      const wrapClass = p.str('wrapoutputclass') ?? 'mw-parser-output';
      const body = wrapClass === 'mw-parser-output' ? html : html.replace(/^<div class="mw-parser-output">/, wrapClass ? `<div class="${wrapClass.replace(/"/g, '&quot;')}">` : '<div>');
      out.text = ctx.wrapped(body);
    }
    if (wanted.has('langlinks')) out.langlinks = o.languageLinks.map((l) => {
      const i = l.indexOf(':');
      const item: ApiObject = { lang: l.slice(0, i) };
      ctx.content(item, l.slice(i + 1), 'title');
      return item;
    });
    if (wanted.has('categories')) out.categories = [...o.categories].map(([cat, sortkey]) => {
      const item: ApiObject = { sortkey };
      ctx.content(item, cat, 'category');
      if (!exists(14, cat)) ctx.setFlag(item, 'missing', true);
      return item;
    });
    if (wanted.has('links')) out.links = [...o.links.values()].map((t) => linkOut(ctx, t.ns, t.prefixedText, exists(t.ns, t.dbKey)));
    if (wanted.has('templates')) out.templates = [...o.templates.values()].map(({ title: t }) => linkOut(ctx, t.ns, t.prefixedText, exists(t.ns, t.dbKey)));
    if (wanted.has('images')) out.images = [...o.images];
    if (wanted.has('externallinks')) out.externallinks = [...o.externalLinks];
    if (wanted.has('sections')) out.sections = o.sections.map((s) => ({
      toclevel: s.number.split('.').length, level: String(s.level), line: s.line, number: s.number, index: s.index,
      fromtitle: s.fromTitle ? s.fromTitle : src.title.prefixedDBKey, byteoffset: s.byteOffset, anchor: s.anchor, linkAnchor: s.anchor,
    }));
    if (wanted.has('parsewarnings')) out.parsewarnings = o.diagnostics.filter((d) => d.code.startsWith('warning')).map((d) => d.message);
    if (wanted.has('displaytitle')) out.displaytitle = o.displayTitle ?? escapeHtml(src.title.prefixedText);
    if (wanted.has('iwlinks')) out.iwlinks = [...o.interwikiLinks].map((l) => {
      const i = l.indexOf(':');
      const item: ApiObject = { prefix: l.slice(0, i) };
      ctx.content(item, l, 'title');
      return item;
    });
    if (wanted.has('properties')) {
      out.properties = ctx.fv2
        ? Object.fromEntries(o.properties)
        : [...o.properties].map(([name, value]) => ({ name, '*': value }));
    }
    if (wanted.has('indicators')) {
      // OutputPage's indicators, sorted by name: an object in formatversion 2, a list of {name, *} in 1.
      const sorted = [...o.indicators].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      out.indicators = ctx.fv2 ? Object.fromEntries(sorted) : sorted.map(([name, html]) => ({ name, '*': html }));
    }
    if (wanted.has('wikitext')) out.wikitext = ctx.wrapped(src.text);
    if (wanted.has('limitreportdata')) out.limitreportdata = Object.entries(o.limitReport).map(([name, v]) => ({ name, 0: v.value, 1: v.limit }));
    return { parse: out };
  },
};

function source(ctx: ApiContext): Source {
  const { params: p, wiki } = ctx;
  const text = p.str('text');
  const page = p.str('page');
  const pageId = p.int('pageid');
  const oldid = p.int('oldid');
  const given = [text !== undefined && 'text', page !== undefined && 'page', pageId !== undefined && 'pageid', oldid !== undefined && 'oldid'].filter(Boolean);
  if (given.length > 1) {
    throw new ApiError('invalidparammix', given.map((g) => `"${g}"`).join(', '));
  }
  const section = p.str('section');
  const cut = (body: string) => {
    if (section === undefined || section === 'new') return body;
    const part = /^\d+$/.test(section) ? getSection(body, Number(section)) : null;
    if (part === null) throw new ApiError('nosuchsection', section);
    return part;
  };
  if (text !== undefined || given.length === 0) {
    const { title } = pageForTitle(ctx, p.str('title') ?? 'API');
    let body = text ?? '';
    if (section === 'new' && p.str('sectiontitle')) body = `== ${p.str('sectiontitle')} ==\n\n${body}`;
    if (p.bool('pst') || p.bool('onlypst')) {
      const pst = (wiki.parser as unknown as { preSaveTransform?: (t: string, o: object) => string }).preSaveTransform;
      if (typeof pst === 'function') body = pst.call(wiki.parser, body, { title, pst: true, revision: { id: 0, timestamp: new Date().toISOString(), userName: ctx.user.name } });
    }
    body = cut(body);
    const revId = p.int('revid');
    return { title, text: body, output: wiki.renderText(body, title, { preview: p.bool('preview') || undefined, editSections: !p.bool('disableeditsection') }), revId };
  }
  let view;
  if (oldid !== undefined) {
    view = wiki.getRevision(oldid);
    if (!view) throw new ApiError('nosuchrevid', oldid);
  } else if (pageId !== undefined) {
    const rec = wiki.repo.getPageById(pageId);
    if (!rec) throw new ApiError('nosuchpageid', pageId);
    view = wiki.getPage(wiki.titles.makeTitle(rec.namespace, rec.dbKey)!, { followRedirect: p.bool('redirects') });
  } else {
    const { title } = pageForTitle(ctx, page!);
    view = title.ns >= 0 ? wiki.getPage(title, { followRedirect: p.bool('redirects') }) : null;
    if (!view) throw new ApiError('missingtitle');
  }
  if (!view) throw new ApiError('missingtitle');
  const body = cut(view.revision.text);
  const output = section !== undefined ? wiki.renderText(body, view.title) : wiki.render(view);
  return { title: view.title, text: body, pageId: view.page.pageId, revId: view.revision.revId, output };
}

function linkOut(ctx: ApiContext, ns: number, title: string, exists: boolean): ApiObject {
  const item: ApiObject = { ns };
  if (ctx.fv2) {
    item.title = title;
    item.exists = exists;
  } else {
    ctx.setFlag(item, 'exists', exists);
    item['*'] = title;
  }
  return item;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
