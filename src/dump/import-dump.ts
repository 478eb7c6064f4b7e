/**
 * Importing a MediaWiki XML export (schema 0.10 / 0.11) into a wiki, streaming: from a file
 * (plain, gzip, bzip2, xz or 7z) or a stream. Pages are committed in batches, each page whole
 * or not at all; a file import keeps a resume checkpoint, so running it again after an
 * interruption continues where the last committed batch ended.
 */
import type { Readable } from 'node:stream';
import { rebuildSearchIndex } from '../search/rebuild-search-index.ts';
import type { Wiki } from '../wiki/wiki.ts';
import { DumpImporter, type ImporterOptions, type ImportStats } from './dump-importer.ts';
import { openDumpInput } from './dump-input.ts';
import { DumpReader } from './dump-reader.ts';
import { CheckpointStore, dumpIdentity } from './import-checkpoint.ts';
import { ImportProgress, type ProgressOutput } from './import-progress.ts';

export type { ImportStats } from './dump-importer.ts';

export interface ImportOptions extends ImporterOptions {
  /** Where to show progress (a TTY gets a redrawn bar, anything else log lines). */
  progress?: ProgressOutput;
  /** Ignore a resume checkpoint and read the whole dump. */
  restart?: boolean;
  /** Stops the import after the batch being read (the checkpoint allows resuming). */
  signal?: AbortSignal;
  /** Called after each committed batch. */
  onProgress?(stats: ImportStats): void;
}

/** The import was stopped through its AbortSignal; everything before was committed. */
export class ImportInterrupted extends Error {
  constructor(readonly stats: ImportStats) {
    super('import interrupted: run the same command again to resume');
  }
}

export async function importDump(wiki: Wiki, input: string | Readable, opts: ImportOptions = {}): Promise<ImportStats> {
  const file = typeof input === 'string' ? openDumpInput(input) : null;
  const stream = file ? file.stream : (input as Readable);
  const checkpoint = typeof input === 'string' ? new CheckpointStore(wiki.repo, dumpIdentity(input)) : null;
  const resumeFrom = checkpoint && !opts.restart ? checkpoint.resumeFrom() : 0;
  const importer = new DumpImporter(wiki, opts, checkpoint, resumeFrom);
  const progress = opts.progress ? new ImportProgress(opts.progress) : null;
  let index = 0;
  const snapshot = () => ({
    pages: importer.stats.pages,
    revisions: importer.stats.revisions,
    pagesRead: index - importer.stats.resumedPages,
    bytesRead: file ? file.bytesRead() : null,
    totalBytes: file ? file.size : null,
  });
  const afterBatch = () => {
    opts.onProgress?.(importer.stats);
    progress?.update(snapshot());
  };
  const reader = new DumpReader({
    siteInfo: (info) => importer.siteInfo(info),
    page: (page) => {
      importer.add(page, index++);
      if (importer.batchFull) {
        importer.flush();
        afterBatch();
      }
    },
  });
  let complete = false;
  let failure: unknown = null;
  stream.setEncoding('utf8');
  try {
    for await (const chunk of stream) {
      reader.write(chunk as string);
      if (opts.signal?.aborted) throw new ImportInterrupted(importer.stats);
    }
    reader.end();
    complete = true;
  } catch (e) {
    failure = e;
  }
  // Pages read whole before an error are kept; the page being read is not.
  try {
    importer.flush(complete);
  } catch (e) {
    failure ??= e;
  }
  progress?.done(snapshot());
  if (failure) {
    stream.destroy();
    throw failure;
  }
  afterBatch();
  // The search index, built set-based for the pages the import added or changed.
  rebuildSearchIndex(wiki);
  return importer.stats;
}
