/**
 * `kagami parse [--title T] [--data DIR] < page.wiki`: parses wikitext from stdin in the
 * context of a wiki (its templates and pages) without storing anything; prints the HTML.
 */
import { text } from 'node:stream/consumers';
import { CliError } from '../cli-error.ts';
import { openWikiFromArgs, parseCommandArgs, wikiOptions } from '../cli-options.ts';

export async function run(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, { ...wikiOptions, title: { type: 'string', default: 'CLIParser' } }, 0);
  const wiki = openWikiFromArgs(values, { ephemeralIfMissing: true });
  try {
    const title = wiki.titles.parse(String(values.title));
    if (!title || title.isExternal) throw new CliError(`invalid title: ${JSON.stringify(values.title)}`);
    const input = await text(process.stdin);
    const output = wiki.renderText(input, title);
    process.stdout.write(output.html.endsWith('\n') ? output.html : `${output.html}\n`);
    return 0;
  } finally {
    wiki.close();
  }
}
