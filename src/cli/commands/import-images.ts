/**
 * `kagami import-images DIR [--data DIR] [--recursive] [--overwrite] [--comment TEXT]
 * [--user NAME] [--quiet]`: uploads every file of a folder, then runs the jobs that show the
 * files on the pages using them. Exits 1 when some file failed.
 */
import { existsSync, statSync } from 'node:fs';
import { importImages } from '../../files/import-images.ts';
import { CliError, usageError } from '../cli-error.ts';
import { openWikiFromArgs, parseCommandArgs, wikiOptions } from '../cli-options.ts';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...wikiOptions,
    recursive: { type: 'boolean', default: false },
    overwrite: { type: 'boolean', default: false },
    comment: { type: 'string' },
    user: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  }, 1);
  const dir = positionals[0];
  if (dir === undefined) throw usageError('import-images needs a folder: kagami import-images DIR');
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new CliError(`not a folder: ${dir}`);
  const wiki = openWikiFromArgs(values);
  try {
    const report = await importImages(wiki, {
      dir,
      recursive: Boolean(values.recursive),
      overwrite: Boolean(values.overwrite),
      comment: values.comment as string | undefined,
      user: values.user as string | undefined,
      onFile(file, outcome) {
        if (outcome.kind === 'failed') process.stderr.write(`${file}: ${outcome.reason}\n`);
        else if (!values.quiet) process.stdout.write(`${file}: ${outcome.kind === 'skipped' ? `skipped (${outcome.reason})` : `${outcome.kind} as File:${outcome.name}`}\n`);
      },
    });
    const jobs = wiki.runJobs();
    process.stdout.write(
      `${report.uploaded} uploaded, ${report.replaced} replaced, ${report.skipped} skipped, ${report.failed.length} failed` +
      `${jobs ? `; ${jobs} job${jobs === 1 ? '' : 's'} run` : ''}\n`,
    );
    return report.failed.length ? 1 : 0;
  } finally {
    wiki.close();
  }
}
