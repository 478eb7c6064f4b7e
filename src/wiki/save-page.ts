/**
 * Saving an edit: normalise line ends and trailing space, run the pre-save transform
 * (signatures, subst:, pipe tricks) when the parser provides one, check the edit against
 * the revision it was based on and the page's edit protection, detect redirects, append the
 * revision, and in the same transaction rewrite the page's link tables from its new parser
 * output and queue the jobs that re-render pages depending on it. Saving the current text
 * again is a null edit: nothing is written. A page keeps its content model; a new one gets
 * its title's default, and the model's handler checks the text first (invalid JSON, a module
 * that does not compile: ContentValidationError). Only wikitext gets the pre-save transform.
 */
import type { Title } from '../core/title.ts';
import type { ParserOptions } from '../parse/parser-options.ts';
import { queueJobsForChange } from '../jobs/job-queue.ts';
import type { PageRecord, RevisionRecord } from '../storage/repository.ts';
import { ContentValidationError } from '../content/content-handler.ts';
import { configPageRights } from '../content/config-page-rights.ts';
import { contentHandler, defaultModelFor } from '../content/content-models.ts';
import { checkBlocked } from '../community/block-check.ts';
import { checkRestriction } from './protection.ts';
import { requireRight } from './user-rights.ts';
import { refreshWithText } from './refresh-links.ts';
import { parseRedirect } from './redirect.ts';
import { isoTimestamp } from './timestamp.ts';
import type { Wiki } from './wiki.ts';

export interface SaveInput {
  title: Title | string;
  text: string;
  summary?: string;
  /** User name or IP address of the editor. */
  user?: string;
  userId?: number | null;
  /** The address the edit comes from (blocks of addresses and ranges apply to accounts too). */
  address?: string;
  minor?: boolean;
  /** The revision the edit started from: null for a new page; omit to skip the conflict check. */
  baseRevId?: number | null;
  /** Defaults to now. */
  timestamp?: string;
  model?: string;
  /** The editor's rights; when given, page protection is enforced. */
  rights?: string[];
  /** Leave the edit out of recent changes (null revisions of moves and protections). */
  recordChange?: boolean;
  /** Save a module even though it does not compile (Scribunto's "Allow saving code with errors"). */
  ignoreScriptErrors?: boolean;
}

export interface SaveResult {
  title: Title;
  page: PageRecord;
  revision: RevisionRecord;
  created: boolean;
  /** True when the text was unchanged and no revision was written. */
  nullEdit: boolean;
  redirectTarget: Title | null;
}

type PreSaveTransform = (text: string, options: ParserOptions) => string;

export class InvalidTitleError extends Error {
  constructor(readonly input: string) {
    super(`invalid title: ${JSON.stringify(input)}`);
  }
}

export function savePage(wiki: Wiki, input: SaveInput): SaveResult {
  const title = typeof input.title === 'string' ? wiki.titles.parse(input.title) : input.title;
  if (!title || title.isExternal || title.ns < 0 || title.dbKey === '') {
    throw new InvalidTitleError(typeof input.title === 'string' ? input.title : input.title.prefixedText);
  }
  const user = input.user ?? '127.0.0.1';
  const timestamp = input.timestamp ?? isoTimestamp();
  let text = input.text.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  const model = input.model ?? currentModel(wiki, title) ?? defaultModelFor(title);
  const pst = (wiki.parser as unknown as { preSaveTransform?: PreSaveTransform }).preSaveTransform;
  if (typeof pst === 'function' && model === 'wikitext') {
    text = pst.call(wiki.parser, text, {
      title, pst: true, revision: { id: 0, timestamp, userName: user },
    });
  }
  const redirectTarget = model === 'wikitext' ? parseRedirect(text, wiki.titles) : null;
  for (const right of configPageRights(title, model, user)) requireRight({ rights: input.rights }, right);

  return wiki.repo.transaction(() => {
    const existing = wiki.repo.getPage(title.ns, title.dbKey);
    checkRestriction(wiki, existing?.pageId, 'edit', { rights: input.rights });
    checkBlocked(wiki, { ...input, user }, title);
    if (existing && (input.baseRevId === undefined || input.baseRevId === existing.latestRevisionId)) {
      const current = wiki.repo.getLatestRevision(existing.pageId);
      if (current && current.text === text) {
        return { title, page: existing, revision: current, created: false, nullEdit: true, redirectTarget };
      }
    }
    const problem = contentHandler(model).validateSave(wiki, text, title);
    if (problem && !(problem.confirmable && input.ignoreScriptErrors)) throw new ContentValidationError(problem);
    const saved = wiki.repo.saveRevision({
      namespace: title.ns,
      dbKey: title.dbKey,
      text,
      timestamp,
      userName: user,
      userId: input.userId || null,
      comment: input.summary ?? '',
      minor: (input.minor ?? false) && existing !== null,
      model,
      isRedirect: redirectTarget !== null,
      baseRevId: input.baseRevId,
      recordChange: input.recordChange,
    });
    if (input.userId) wiki.repo.users.incrementEditCount(input.userId);
    if (saved.page.latestRevisionId === saved.revision.revId) {
      refreshWithText(wiki, saved.page, title, { ...saved.revision, text });
      queueJobsForChange(wiki, title, saved.created ? 'create' : 'edit');
    }
    return { title, ...saved, nullEdit: false, redirectTarget };
  });
}

/** The model of the page's current revision (an edit keeps it), or null for a new page. */
function currentModel(wiki: Wiki, title: Title): string | null {
  const page = wiki.repo.getPage(title.ns, title.dbKey);
  return page ? (wiki.repo.getLatestRevision(page.pageId)?.model ?? null) : null;
}
