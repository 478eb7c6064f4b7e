/** Callbacks behind mw.uri: page URLs and anchor encoding. */
import type { ScribuntoSession } from '../scribunto-session.ts';
import { escapeIdForLink } from '../../sanitize/escape-id.ts';
import { pageUrl } from './urls.ts';

type GetSession = () => ScribuntoSession;

export function uriCallbacks(session: GetSession) {
  return {
    uriPage(text: string, kind: string, query: string | undefined) {
      const ctx = session().ctx;
      const title = ctx.env.titles.parse(String(text));
      if (!title) return undefined;
      return pageUrl(ctx.config, ctx.env.titles, title, String(kind), query ?? '');
    },
    anchorEncode(text: string): string {
      const ctx = session().ctx;
      const stripped = ctx.stripState.killMarkers(String(text));
      return escapeIdForLink(stripped.replace(/[ _]+/g, ' ').trim(), ctx.config.wgFragmentMode[0]);
    },
    server(): string {
      return session().ctx.config.wgServer;
    },
  };
}
