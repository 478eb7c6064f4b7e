/** Callbacks behind mw.site: site settings, the namespace table and statistics. */
import type { ScribuntoSession } from '../scribunto-session.ts';

type GetSession = () => ScribuntoSession;

export function siteCallbacks(session: GetSession) {
  return {
    siteInfo() {
      const ctx = session().ctx;
      const config = ctx.config;
      const ns = ctx.env.titles.namespaces;
      const namespaces = ns.ids().map((id) => ({
        id,
        name: ns.getText(id) ?? '',
        canonicalName: (ns.getCanonicalName(id) ?? ns.getName(id) ?? '').replace(/_/g, ' '),
        hasSubpages: ns.hasSubpages(id),
        isTalk: ns.isTalk(id),
        subject: ns.subject(id),
        talk: id >= 0 ? ns.talk(id) : id,
        isContent: id === 0,
        isMovable: id >= 0 && id !== 8 && id !== 9 ? true : false,
        isIncludable: !config.wgNonincludableNamespaces.includes(id),
      }));
      const stats = ctx.env.data.siteStats?.() ?? { pages: 0, articles: 0, files: 0, edits: 0, users: 0, activeUsers: 0, admins: 0 };
      return {
        siteName: config.wgSitename,
        server: config.wgServer,
        scriptPath: config.wgScriptPath,
        stylePath: `${config.wgScriptPath}/skins`,
        currentVersion: '1.39.17',
        namespaces,
        stats,
      };
    },
    pagesInCategory(name: string, which: string): number {
      const ctx = session().ctx;
      const title = ctx.env.titles.parse(String(name), 14);
      const counts = title ? ctx.env.data.categoryCounts?.(title) : undefined;
      if (!counts) return 0;
      const all = counts.pages + counts.subcats + counts.files;
      return which === 'subcats' ? counts.subcats : which === 'files' ? counts.files : which === 'pages' ? counts.pages : all;
    },
  };
}
