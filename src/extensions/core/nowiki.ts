/**
 * `<nowiki>` (MediaWiki's CoreTagHooks::nowiki): the content stays text — tags escaped,
 * entities kept — and comes back before link replacement through a nowiki strip marker.
 */
import type { TagHook } from '../extension.ts';

const escapes: Record<string, string> = { '-{': '-&#123;', '}-': '&#125;-', '<': '&lt;', '>': '&gt;' };

export const nowiki: TagHook = (content) => ({
  text: (content ?? '').replace(/-\{|\}-|[<>]/g, (m) => escapes[m]),
  kind: 'nowiki',
});
