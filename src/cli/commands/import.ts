/** `kagami import FILE.xml [--data DIR] [--settings FILE.json]`: imports a MediaWiki XML export. */
import { existsSync, statSync } from 'node:fs';
import { importDump } from '../../dump/import-dump.ts';
import { CliError, usageError } from '../cli-error.ts';
import { openWikiFromArgs, parseCommandArgs, wikiOptions } from '../cli-options.ts';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, wikiOptions, 1);
  const file = positionals[0];
  if (!file) throw usageError('import needs a dump file: kagami import FILE.xml');
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`dump file not found: ${file}`);
  const wiki = openWikiFromArgs(values);
  try {
    const stats = await importDump(wiki, file);
    for (const warning of stats.warnings) process.stderr.write(`warning: ${warning}\n`);
    const skipped = stats.skippedRevisions ? `, ${stats.skippedRevisions} already present` : '';
    process.stdout.write(`imported ${stats.pages} pages (${stats.revisions} revisions${skipped}) into ${wiki.dataDir}\n`);
    return 0;
  } finally {
    wiki.close();
  }
}
