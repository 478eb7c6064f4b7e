/**
 * `kagami rebuild-search [--data DIR] [--all]`: builds the search index in bulk from the
 * current revisions: pages without an entry or with an outdated one, or every page with
 * --all (after a change to how text is extracted). Imports run it themselves.
 */
import { rebuildSearchIndex } from '../../search/rebuild-search-index.ts';
import { openWikiFromArgs, parseCommandArgs, wikiOptions } from '../cli-options.ts';

const options = {
  ...wikiOptions,
  all: { type: 'boolean', default: false },
} as const;

export async function run(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, options, 0);
  const wiki = openWikiFromArgs(values);
  try {
    const result = rebuildSearchIndex(wiki, { all: values.all === true });
    process.stdout.write(`indexed ${result.indexed} pages, removed ${result.removed} entries in ${(result.ms / 1000).toFixed(1)} s\n`);
    return 0;
  } finally {
    wiki.close();
  }
}
