/**
 * The story's progress points, in order: the lines of the MediaWiki:Spoiler-progress page
 * when the wiki has one, else the wgSpoilerProgress setting. A point's number is its place
 * in the list, from 1; a spoiler "after Part 2" is for readers who have read up to point 2.
 */
import type { DataAccess } from '../../core/data-access.ts';
import { NS_MEDIAWIKI } from '../../core/namespace.ts';
import type { SiteConfig } from '../../core/site-config.ts';
import type { TitleParser } from '../../core/title.ts';
import type { ParseContext } from '../../parse/parse-context.ts';

export const PROGRESS_PAGE = 'Spoiler-progress';

/** The points of a page's text: one a line; blank lines, "#" comment lines and leading "* " are skipped. */
export function parseProgressList(text: string): string[] {
  const points: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/^\s*\*\s*/, '').trim();
    if (line === '' || line.startsWith('#') || points.some((p) => sameName(p, line))) continue;
    points.push(line);
  }
  return points;
}

export interface ProgressSource {
  config: SiteConfig;
  titles: TitleParser;
  data: DataAccess;
}

/** The wiki's progress points and the revision of the page they came from (null: the setting). */
export function loadProgressPoints(env: ProgressSource): { points: string[]; revisionId: number | null } {
  const title = env.titles.makeTitle(NS_MEDIAWIKI, PROGRESS_PAGE);
  const page = title ? env.data.getPage(title) : null;
  if (page) return { points: parseProgressList(page.text), revisionId: page.revisionId };
  const setting = Array.isArray(env.config.wgSpoilerProgress) ? env.config.wgSpoilerProgress : [];
  return { points: parseProgressList(setting.map(String).join('\n')), revisionId: null };
}

/**
 * The points for one parse, read once; the page is recorded as a transclusion so that editing
 * MediaWiki:Spoiler-progress re-renders the pages using spoilers.
 */
export function progressPointsFor(ctx: ParseContext): string[] {
  return ctx.getState('spoiler-progress-points', () => {
    const { points } = loadProgressPoints(ctx.env);
    const title = ctx.env.titles.makeTitle(NS_MEDIAWIKI, PROGRESS_PAGE);
    if (title) ctx.output.addTemplate(title, ctx.env.data.getPage(title)?.revisionId ?? 0);
    return points;
  });
}

/** Point names compare without regard to case or runs of spaces/underscores. */
export function sameName(a: string, b: string): boolean {
  return normalize(a) === normalize(b);
}

function normalize(name: string): string {
  return name.replace(/[\s_]+/g, ' ').trim().toLowerCase();
}

/** The number (from 1) of the point named `name`, or 0 when there is none of that name. */
export function progressIndex(points: string[], name: string): number {
  const i = points.findIndex((p) => sameName(p, name));
  return i + 1;
}
