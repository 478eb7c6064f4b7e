/**
 * The Wiki facade: one wiki's settings, titles, storage and parser, and its operations
 * (each in its own file). The server, the API and the CLI work through it.
 */
import { mkdirSync } from 'node:fs';
import type { ParserOutput } from '../core/parser-output.ts';
import type { SiteConfig } from '../core/site-config.ts';
import { TitleParser, type Title } from '../core/title.ts';
import { createParser } from '../parse/create-parser.ts';
import type { Parser } from '../parse/parser.ts';
import type { ParserOptions } from '../parse/parser-options.ts';
import type { WikiRepository } from '../storage/repository.ts';
import { SqliteRepository } from '../storage/sqlite/sqlite-repository.ts';
import { runJobs } from '../jobs/job-runner.ts';
import { parseDbLocation } from './db-location.ts';
import { openRepository } from './open-repository.ts';
import { deletePage, type DeleteInput, type DeleteResult } from './delete-page.ts';
import { movePage, type MoveInput, type MoveResult } from './move-page.ts';
import { protectPage, type ProtectInput, type ProtectResult } from './protect-page.ts';
import { purgePage } from './purge-page.ts';
import { rollbackPage, type RollbackInput } from './rollback-page.ts';
import { undeletePage, type UndeleteInput, type UndeleteResult } from './undelete-page.ts';
import { undoEdit } from './undo-edit.ts';
import { getPage, getRevisionView, type GetPageOptions, type PageView } from './get-page.ts';
import { pageHistory, type PageHistory } from './page-history.ts';
import { ParserCache } from './parser-cache.ts';
import { recentChanges, type RecentChangeView } from './recent-changes.ts';
import { renderPage, renderText } from './render-page.ts';
import { RepositoryDataAccess } from './repository-data-access.ts';
import { savePage, type SaveInput, type SaveResult } from './save-page.ts';
import { buildSiteConfig, siteInfoMetaKey, type StoredSiteInfo } from './site-config-loader.ts';
import { loadStoredSettings, readSettingsFile, storeSettings } from './site-settings.ts';

export interface OpenWikiOptions {
  /** Where settings.json and the SQLite file live (created if missing). */
  dataDir: string;
  /** A settings.json to adopt: copied into the data dir and used from then on. */
  settingsFile?: string;
  /** Database location (`postgres://...`, `sqlite:PATH`, a path, `:memory:`) or a repository; defaults to $KAGAMI_DB, else the data dir's SQLite file. */
  db?: string | WikiRepository;
  /** Leave the data dir untouched: an in-memory database, settings used without storing them (`kagami parse` without a wiki). */
  ephemeral?: boolean;
}

export class Wiki {
  config!: SiteConfig;
  titles!: TitleParser;
  parser!: Parser;
  readonly data: RepositoryDataAccess;
  readonly parserCache: ParserCache;
  /** Called when jobs were queued (the server's job runner wakes up). */
  onJobsQueued: (() => void) | null = null;

  constructor(
    readonly dataDir: string,
    readonly repo: WikiRepository,
    /** Settings to use instead of the data dir's settings.json. */
    private readonly settingsOverride?: Record<string, unknown>,
  ) {
    this.data = new RepositoryDataAccess(repo, () => this.titles, () => this.config);
    this.parserCache = new ParserCache(repo);
    this.reloadConfig();
  }

  /** Re-reads settings.json and the imported siteinfo (after `--settings` or an import). */
  reloadConfig(): void {
    const siteinfo = this.repo.getMeta(siteInfoMetaKey);
    this.config = buildSiteConfig(this.settingsOverride ?? loadStoredSettings(this.dataDir), siteinfo ? (JSON.parse(siteinfo) as StoredSiteInfo) : null);
    this.titles = new TitleParser(this.config);
    this.parser = createParser(this.config, this.data);
    this.parserCache.clear();
  }

  getPage(title: Title | string, opts?: GetPageOptions): PageView | null {
    return getPage(this, title, opts);
  }

  getRevision(revId: number): PageView | null {
    return getRevisionView(this, revId);
  }

  render(view: PageView, opts?: Partial<ParserOptions>): ParserOutput {
    return renderPage(this, view, opts);
  }

  renderText(text: string, title: Title, opts?: Partial<ParserOptions>, model?: string): ParserOutput {
    return renderText(this, text, title, opts, model);
  }

  save(input: SaveInput): SaveResult {
    return savePage(this, input);
  }

  move(input: MoveInput): MoveResult {
    return movePage(this, input);
  }

  delete(input: DeleteInput): DeleteResult {
    return deletePage(this, input);
  }

  undelete(input: UndeleteInput): UndeleteResult {
    return undeletePage(this, input);
  }

  protect(input: ProtectInput): ProtectResult {
    return protectPage(this, input);
  }

  undo(input: Parameters<typeof undoEdit>[1]): SaveResult {
    return undoEdit(this, input);
  }

  rollback(input: RollbackInput): SaveResult & { revertedTo: number } {
    return rollbackPage(this, input);
  }

  purge(title: Title | string): Title {
    return purgePage(this, title);
  }

  /** Runs queued jobs now (the server also runs them in the background); returns how many ran. */
  runJobs(opts?: { maxJobs?: number }): number {
    return runJobs(this, opts);
  }

  history(title: Title | string, opts?: { limit?: number; offset?: number }): PageHistory | null {
    return pageHistory(this, title, opts);
  }

  recentChanges(opts?: { limit?: number; namespace?: number }): RecentChangeView[] {
    return recentChanges(this, opts);
  }

  close(): void {
    this.repo.close();
  }
}

export function openWiki(opts: OpenWikiOptions): Wiki {
  if (opts.ephemeral) {
    const settings = opts.settingsFile ? readSettingsFile(opts.settingsFile) : loadStoredSettings(opts.dataDir);
    return new Wiki(opts.dataDir, new SqliteRepository(':memory:'), settings);
  }
  const location = opts.db && typeof opts.db !== 'string' ? null : parseDbLocation(opts.db ?? process.env.KAGAMI_DB, opts.dataDir);
  mkdirSync(opts.dataDir, { recursive: true });
  if (opts.settingsFile) storeSettings(opts.dataDir, readSettingsFile(opts.settingsFile));
  const repo = location ? openRepository(location) : (opts.db as WikiRepository);
  return new Wiki(opts.dataDir, repo);
}
