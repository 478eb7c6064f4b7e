/**
 * `kagami export [TITLE...] [--data DIR] [--current] [--namespace N] [--titles FILE]`: writes
 * an XML export (schema 0.11) to stdout: every page with its full history, or only current
 * revisions, one namespace, or the pages named (one title a line in FILE, `-` for stdin).
 */
import { readFileSync } from 'node:fs';
import { exportDump } from '../../dump/export-dump.ts';
import { CliError, usageError } from '../cli-error.ts';
import { openWikiFromArgs, parseCommandArgs, wikiOptions } from '../cli-options.ts';

const options = {
  ...wikiOptions,
  current: { type: 'boolean', default: false },
  namespace: { type: 'string' },
  titles: { type: 'string' },
} as const;

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, options, Infinity);
  const namespace = values.namespace === undefined ? undefined : Number(values.namespace);
  if (namespace !== undefined && !Number.isInteger(namespace)) throw usageError(`--namespace needs a namespace number, got ${JSON.stringify(values.namespace)}`);
  let titles: string[] | undefined = positionals.length ? [...positionals] : undefined;
  if (typeof values.titles === 'string') {
    const file = values.titles;
    let text: string;
    try {
      text = readFileSync(file === '-' ? 0 : file, 'utf8');
    } catch {
      throw new CliError(`titles file not found: ${file}`);
    }
    titles = [...(titles ?? []), ...text.split('\n').map((t) => t.trim()).filter(Boolean)];
  }
  const wiki = openWikiFromArgs(values, { mustExist: true });
  try {
    const result = await exportDump(wiki, process.stdout, { currentOnly: values.current === true, namespace, titles });
    for (const title of result.missing) process.stderr.write(`warning: no page titled "${title}"\n`);
    return 0;
  } finally {
    wiki.close();
  }
}
