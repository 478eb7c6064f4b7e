/**
 * Revision magic words: the variables {{REVISIONID}}, {{REVISIONTIMESTAMP}}, {{REVISIONDAY}} ...
 * {{REVISIONUSER}} (MediaWiki's CoreMagicVariables) and their function forms
 * {{REVISIONID:Page}} ... (CoreParserFunctions). A revision not saved yet (an edit being saved
 * or previewed) has no timestamp or user of its own: the variables fall back to the parse's
 * timestamp (or the editing user in pre-save transform and preview), and the output is
 * flagged (vary-revision-*, vary-user) so the saving code knows to parse again once saved.
 */
import type { ParseContext } from '../../parse/parse-context.ts';
import { mwTimestamp } from './clock.ts';

/** How far ahead (seconds) a timestamp is compared to decide vary-revision-timestamp (MediaWiki's MAX_TTS). */
const maxTts = 900;

/** The page's saved revision being parsed, if any (MediaWiki's getRevisionRecordObject). */
function savedRevision(ctx: ParseContext) {
  const rev = ctx.options.revision;
  return rev && !rev.unsaved ? rev : null;
}

function isoToMw(ts: string): string | null {
  const d = new Date(ts);
  return Number.isNaN(d.getTime()) ? null : mwTimestamp(d);
}

/** The revision timestamp (TS_MW), the saved revision's or else the parse's. */
function revisionTimestamp(ctx: ParseContext): string {
  const rev = savedRevision(ctx);
  const saved = rev ? isoToMw(rev.timestamp) : null;
  return saved ?? ctx.options.timestamp ?? mwTimestamp(ctx.now);
}

/** A slice of the revision timestamp; flags vary-revision-timestamp when the slice may change by the time the revision is saved. */
function timestampSlice(ctx: ParseContext, start: number, length: number): string {
  const now = revisionTimestamp(ctx).slice(start, start + length);
  if (!savedRevision(ctx)) {
    const then = mwTimestamp(new Date(Date.now() + maxTts * 1000)).slice(start, start + length);
    if (now !== then) ctx.output.flags.add('vary-revision-timestamp');
  }
  return now;
}

/** PHP's intval of a numeric string ('' → 0). */
const intval = (s: string): string => String(parseInt(s, 10) || 0);

export const revisionVariables: Record<string, (ctx: ParseContext) => string> = {
  REVISIONID: (ctx) => {
    ctx.output.flags.add('vary-revision-id');
    return ctx.options.preview ? '' : String(ctx.options.revision?.id || '');
  },
  REVISIONDAY: (ctx) => intval(timestampSlice(ctx, 6, 2)),
  REVISIONDAY2: (ctx) => timestampSlice(ctx, 6, 2),
  REVISIONMONTH: (ctx) => timestampSlice(ctx, 4, 2),
  REVISIONMONTH1: (ctx) => intval(timestampSlice(ctx, 4, 2)),
  REVISIONYEAR: (ctx) => timestampSlice(ctx, 0, 4),
  REVISIONTIMESTAMP: (ctx) => timestampSlice(ctx, 0, 14),
  REVISIONUSER: (ctx) => {
    ctx.output.flags.add('vary-user');
    const saved = savedRevision(ctx);
    if (saved) return saved.userName;
    // A signature being substituted, or a preview, shows the editing user.
    return ctx.options.pst || ctx.options.preview ? (ctx.options.revision?.userName ?? '') : '';
  },
};

/** The current revision of a page as the function forms read it. */
export interface PageRevision {
  id: number;
  /** TS_MW */
  timestamp: string;
  user: string;
  size: number;
}

/**
 * The current revision of a page for {{REVISION...:Page}} and {{PAGESIZE:Page}} (MediaWiki's
 * getCachedRevisionObject): for the page itself, its saved revision being parsed, with `vary`
 * flagged; otherwise the stored page, registered as a template and counted as expensive.
 */
export function currentRevisionOf(ctx: ParseContext, name: string, vary: string): PageRevision | null {
  const title = ctx.env.titles.parse(name);
  if (!title) return null;
  const self = title.equals(ctx.title);
  let found: PageRevision | null = null;
  const saved = self ? savedRevision(ctx) : null;
  if (saved) {
    found = { id: saved.id, timestamp: isoToMw(saved.timestamp) ?? '', user: saved.userName, size: saved.size ?? Buffer.byteLength(ctx.source) };
  } else {
    const page = ctx.env.data.getPage(title);
    ctx.output.addTemplate(title, page?.revisionId ?? 0);
    if (page && (self || ctx.incrementExpensiveFunctionCount())) {
      found = { id: page.revisionId, timestamp: isoToMw(page.timestamp) ?? '', user: '', size: Buffer.byteLength(page.text) };
    }
  }
  if (self) ctx.output.flags.add(vary);
  return found;
}

const functionParts: Record<string, [string, (r: PageRevision) => string]> = {
  REVISIONID: ['vary-revision-id', (r) => String(r.id)],
  REVISIONDAY: ['vary-revision-timestamp', (r) => intval(r.timestamp.slice(6, 8))],
  REVISIONDAY2: ['vary-revision-timestamp', (r) => r.timestamp.slice(6, 8)],
  REVISIONMONTH: ['vary-revision-timestamp', (r) => r.timestamp.slice(4, 6)],
  REVISIONMONTH1: ['vary-revision-timestamp', (r) => intval(r.timestamp.slice(4, 6))],
  REVISIONYEAR: ['vary-revision-timestamp', (r) => r.timestamp.slice(0, 4)],
  REVISIONTIMESTAMP: ['vary-revision-timestamp', (r) => r.timestamp],
  REVISIONUSER: ['vary-user', (r) => r.user],
};

/** {{REVISIONID:Page}} ...: '' when the page has no revision. */
export const revisionFunctions: Record<string, (ctx: ParseContext, page: string) => string> = {};
for (const [name, [vary, part]] of Object.entries(functionParts)) {
  revisionFunctions[name] = (ctx, page) => {
    const rev = currentRevisionOf(ctx, page, vary);
    return rev ? part(rev) : '';
  };
}
