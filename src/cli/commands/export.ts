/** `kagami export [--data DIR] [--current]`: writes an XML export (schema 0.11) to stdout. */
import { exportDump } from '../../dump/export-dump.ts';
import { openWikiFromArgs, parseCommandArgs, wikiOptions } from '../cli-options.ts';

export async function run(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { ...wikiOptions, current: { type: 'boolean', default: false } }, 0);
  const wiki = openWikiFromArgs(values, { mustExist: true });
  try {
    await exportDump(wiki, process.stdout, { currentOnly: values.current === true });
    return 0;
  } finally {
    wiki.close();
  }
}
