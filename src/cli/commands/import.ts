/**
 * `kagami import FILE [--data DIR] [--settings FILE.json] [--batch N] [--skip-invalid]
 * [--max-page-bytes N] [--restart] [--quiet] [--run-jobs]`: imports a MediaWiki XML export
 * (plain, .gz, .bz2, .xz or .7z). Progress goes to stderr; Ctrl-C stops after the current
 * batch, and the same command resumes. Imported pages are queued for re-rendering and link
 * tables (refreshLinks jobs): `kagami serve` runs them in the background, --run-jobs now.
 */
import { existsSync, statSync } from 'node:fs';
import { DumpPageError } from '../../dump/dump-errors.ts';
import { DumpInputError } from '../../dump/dump-input.ts';
import { DumpFormatError } from '../../dump/dump-types.ts';
import { importDump, ImportInterrupted } from '../../dump/import-dump.ts';
import { CliError, usageError } from '../cli-error.ts';
import type { Wiki } from '../../wiki/wiki.ts';
import { openWikiFromArgs, parseCommandArgs, wikiOptions } from '../cli-options.ts';

const options = {
  ...wikiOptions,
  batch: { type: 'string' },
  'skip-invalid': { type: 'boolean', default: false },
  'max-page-bytes': { type: 'string' },
  restart: { type: 'boolean', default: false },
  quiet: { type: 'boolean', default: false },
  'run-jobs': { type: 'boolean', default: false },
} as const;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, options, 1);
  const file = positionals[0];
  if (!file) throw usageError('import needs a dump file: kagami import FILE.xml');
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`dump file not found: ${file}`);
  const batchPages = positiveInt(values.batch, '--batch');
  const maxRevisionBytes = positiveInt(values['max-page-bytes'], '--max-page-bytes');
  const wiki = openWikiFromArgs(values);
  const stop = new AbortController();
  const onSigint = () => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
  };
  process.on('SIGINT', onSigint);
  try {
    const stats = await importDump(wiki, file, {
      batchPages,
      maxRevisionBytes,
      skipInvalid: values['skip-invalid'] === true,
      restart: values.restart === true,
      signal: stop.signal,
      progress: values.quiet ? undefined : process.stderr,
      // On a terminal a warning first clears the progress line, which is drawn again after it.
      onWarning: (warning) => process.stderr.write(`${process.stderr.isTTY && !values.quiet ? '\r\x1b[K' : ''}warning: ${warning}\n`),
    });
    const skipped = stats.skippedRevisions ? `, ${stats.skippedRevisions} already present` : '';
    const resumed = stats.resumedPages ? `; resumed after ${stats.resumedPages} pages done before` : '';
    const refused = stats.skippedPages ? `; ${stats.skippedPages} pages skipped` : '';
    const empty = stats.emptyTexts ? `; ${stats.emptyTexts} revisions with empty text` : '';
    process.stdout.write(`imported ${stats.pages} pages (${stats.revisions} revisions${skipped}) into ${wiki.dataDir}${resumed}${refused}${empty}\n`);
    if (values['run-jobs']) await runQueuedJobs(wiki, values.quiet === true);
    else if (stats.queuedJobs) process.stdout.write(`${stats.queuedJobs} pages queued for rendering and link tables (kagami serve runs them; --run-jobs runs them now)\n`);
    return 0;
  } catch (e) {
    if (e instanceof ImportInterrupted) throw new CliError(e.message, 130);
    if (e instanceof DumpPageError) throw new CliError(`${e.message} (pages before it were imported; --skip-invalid skips such pages)`);
    if (e instanceof DumpFormatError || e instanceof DumpInputError) throw new CliError(e.message);
    throw e;
  } finally {
    process.off('SIGINT', onSigint);
    wiki.close();
  }
}

function positiveInt(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw usageError(`${name} needs a positive integer, got ${JSON.stringify(value)}`);
  return n;
}

/** Drains the job queue (rendering and link tables of the imported pages), with progress. */
async function runQueuedJobs(wiki: Wiki, quiet: boolean): Promise<void> {
  const { runJobs } = await import('../../jobs/job-runner.ts');
  const started = Date.now();
  let total = 0;
  let shown = started;
  for (let ran = runJobs(wiki, { maxJobs: 100 }); ran > 0; ran = runJobs(wiki, { maxJobs: 100 })) {
    total += ran;
    if (quiet || Date.now() - shown < (process.stderr.isTTY ? 200 : 5000)) continue;
    shown = Date.now();
    process.stderr.write(`${process.stderr.isTTY ? '\r' : ''}jobs: ${total} run, ${Math.round(total / ((Date.now() - started) / 1000))} pages/s${process.stderr.isTTY ? '\x1b[K' : '\n'}`);
  }
  if (!quiet && process.stderr.isTTY && total) process.stderr.write('\n');
  process.stdout.write(`ran ${total} jobs (rendering, link tables) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
