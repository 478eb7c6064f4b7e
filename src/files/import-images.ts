/**
 * Bulk upload of a folder of files (MediaWiki's importImages.php): what a community leaving
 * a hosted wiki has after downloading its images. Each file is uploaded under its own name;
 * a name that already has a file is skipped unless `overwrite` is set (then replaced when its
 * content differs); files of types the wiki does not accept and unreadable files are
 * reported and skipped. Description pages that already exist (from an XML import) are kept.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Wiki } from '../wiki/wiki.ts';
import { uploadTitle } from './file-name.ts';
import { fileExtension } from './file-types.ts';
import { uploadFile } from './upload-file.ts';
import { UploadError } from './upload-error.ts';

export interface ImportImagesOptions {
  dir: string;
  /** Descend into sub-folders. */
  recursive?: boolean;
  /** Replace files that exist with different content. */
  overwrite?: boolean;
  /** Upload comment, also the text of new description pages. */
  comment?: string;
  user?: string;
  /** Called after each file with what happened to it. */
  onFile?(file: string, outcome: ImportOutcome): void;
}

export type ImportOutcome =
  | { kind: 'uploaded' | 'replaced'; name: string }
  | { kind: 'skipped'; reason: string }
  | { kind: 'failed'; reason: string };

export interface ImportImagesReport {
  uploaded: number;
  replaced: number;
  skipped: number;
  failed: Array<{ file: string; reason: string }>;
}

export async function importImages(wiki: Wiki, opts: ImportImagesOptions): Promise<ImportImagesReport> {
  const report: ImportImagesReport = { uploaded: 0, replaced: 0, skipped: 0, failed: [] };
  const allowed = new Set(wiki.config.wgFileExtensions.map((e) => e.toLowerCase()));
  for (const file of listFiles(opts.dir, opts.recursive ?? false)) {
    const shown = relative(opts.dir, file);
    const outcome = await importOne(wiki, file, allowed, opts);
    if (outcome.kind === 'uploaded') report.uploaded++;
    else if (outcome.kind === 'replaced') report.replaced++;
    else if (outcome.kind === 'skipped') report.skipped++;
    else if (outcome.kind === 'failed') report.failed.push({ file: shown, reason: outcome.reason });
    opts.onFile?.(shown, outcome);
  }
  return report;
}

async function importOne(wiki: Wiki, file: string, allowed: Set<string>, opts: ImportImagesOptions): Promise<ImportOutcome> {
  const base = file.slice(file.lastIndexOf('/') + 1);
  if (base.startsWith('.')) return { kind: 'skipped', reason: 'hidden file' };
  if (!allowed.has(fileExtension(base))) return { kind: 'skipped', reason: `".${fileExtension(base)}" is not a permitted file type` };
  try {
    const title = uploadTitle(wiki.titles, base);
    const existing = wiki.repo.getFileRecord(title.dbKey);
    if (existing && !opts.overwrite) return { kind: 'skipped', reason: `File:${title.text} exists` };
    const result = await uploadFile(wiki, {
      name: base, bytes: readFileSync(file), comment: opts.comment ?? 'Importing file', user: opts.user ?? 'Maintenance script',
    });
    return { kind: result.previous ? 'replaced' : 'uploaded', name: result.title.dbKey };
  } catch (e) {
    if (e instanceof UploadError && e.code === 'fileexists-no-change') return { kind: 'skipped', reason: 'same content as the current version' };
    return { kind: 'failed', reason: (e as Error).message };
  }
}

/** Files of the folder by name (sub-folders after the files, when recursive). */
function listFiles(dir: string, recursive: boolean): string[] {
  const entries = readdirSync(dir).sort();
  const files: string[] = [];
  const folders: string[] = [];
  for (const name of entries) {
    const path = join(dir, name);
    const stats = statSync(path);
    if (stats.isFile()) files.push(path);
    else if (stats.isDirectory() && recursive && !name.startsWith('.')) folders.push(path);
  }
  return [...files, ...folders.flatMap((f) => listFiles(f, true))];
}
