/** `kagami render "TITLE" [--data DIR]`: prints the parser output HTML of a stored page. */
import { CliError, usageError } from '../cli-error.ts';
import { openWikiFromArgs, parseCommandArgs, wikiOptions } from '../cli-options.ts';

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, wikiOptions, 1);
  const name = positionals[0];
  if (name === undefined) throw usageError('render needs a page title: kagami render "TITLE"');
  const wiki = openWikiFromArgs(values, { mustExist: true });
  try {
    const title = wiki.titles.parse(name);
    if (!title || title.isExternal || title.ns < 0) throw new CliError(`invalid title: ${JSON.stringify(name)}`);
    const view = wiki.getPage(title);
    if (!view) throw new CliError(`no page titled "${title.prefixedText}" in ${wiki.dataDir}`);
    const output = wiki.render(view);
    process.stdout.write(output.html.endsWith('\n') ? output.html : `${output.html}\n`);
    return 0;
  } finally {
    wiki.close();
  }
}
