/**
 * Callbacks behind mw.title: parsing titles, existence (an expensive call, as in
 * Scribunto), page content (recorded as a transclusion) and URLs.
 */
import type { Title } from '../../core/title.ts';
import type { ScribuntoSession } from '../scribunto-session.ts';
import { pageUrl } from './urls.ts';

type GetSession = () => ScribuntoSession;

/** The fields mw.title objects are built from. */
export function titleInfo(session: ScribuntoSession, title: Title) {
  const ns = session.ctx.env.titles.namespaces;
  return {
    namespace: title.ns,
    nsText: title.nsText,
    text: title.text,
    dbKey: title.dbKey,
    fragment: title.fragment,
    interwiki: title.interwiki,
    prefixedText: title.prefixedText,
    isTalkPage: title.isTalk,
    subjectNs: ns.subject(title.ns),
    talkNs: title.ns >= 0 ? ns.talk(title.ns) : undefined,
    hasSubpages: ns.hasSubpages(title.ns),
    isCurrent: title.equals(session.ctx.title),
    contentModel: title.ns === 828 && !title.text.endsWith('/doc') ? 'Scribunto' : title.ns === 8 && /\.css$/.test(title.text) ? 'css' : title.ns === 8 && /\.js$/.test(title.text) ? 'javascript' : 'wikitext',
  };
}

export function titleCallbacks(session: GetSession) {
  const titles = () => session().ctx.env.titles;
  const info = (title: Title | null) => (title ? titleInfo(session(), title) : undefined);
  const parse = (text: string) => titles().parse(String(text));
  return {
    titleNew(text: string, defaultNs: number | string | undefined) {
      let ns = 0;
      if (typeof defaultNs === 'number') ns = defaultNs;
      else if (typeof defaultNs === 'string' && defaultNs !== '') {
        const id = /^-?\d+$/.test(defaultNs) ? Number(defaultNs) : titles().namespaces.getId(defaultNs);
        if (id === undefined) return undefined;
        ns = id;
      }
      return info(titles().parse(String(text), ns));
    },
    titleMake(ns: number | string, text: string, fragment: string | undefined, interwiki: string | undefined) {
      const id = typeof ns === 'number' ? ns : /^-?\d+$/.test(ns) ? Number(ns) : titles().namespaces.getId(ns);
      if (id === undefined) return undefined;
      const title = titles().makeTitle(id, String(text), fragment ?? '');
      if (!title) return undefined;
      return info(interwiki ? titles().parse(`${interwiki}:${title.prefixedText}`) : title);
    },
    titleCurrent() {
      return info(session().ctx.title);
    },
    titleExists(text: string): boolean | { error: string } {
      const s = session();
      const title = parse(text);
      if (!title || title.isExternal) return false;
      if (title.ns < 0) return title.ns === -1;
      if (!title.equals(s.ctx.title) && !s.ctx.incrementExpensiveFunctionCount()) return { error: 'too many expensive function calls' };
      if (title.ns === 6 || title.ns === -2) return Boolean(s.ctx.env.data.getFile(title)) || s.ctx.env.data.pageExists(title);
      return s.ctx.env.data.pageExists(title);
    },
    titleRedirectTarget(text: string) {
      const s = session();
      const title = parse(text);
      const page = title ? s.ctx.env.data.getPage(title) : null;
      if (!page) return undefined;
      if (page.redirectTarget) return info(page.redirectTarget);
      const m = /^\s*#REDIRECT\s*:?\s*\[\[([^\]|\n]+)/i.exec(page.text);
      return m ? info(parse(m[1])) : undefined;
    },
    titleContent(text: string): string | undefined {
      const s = session();
      const title = parse(text);
      if (!title || title.ns < 0 || title.isExternal) return undefined;
      const page = s.ctx.env.data.getPage(title);
      s.ctx.output.addTemplate(title, page?.revisionId ?? 0);
      return page?.text;
    },
    titleUrl(text: string, kind: string, query: string | undefined): string | undefined {
      const s = session();
      const title = parse(text);
      if (!title) return undefined;
      return pageUrl(s.ctx.config, titles(), title, String(kind), query ?? '');
    },
  };
}
