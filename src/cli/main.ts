/**
 * The `kagami` command: dispatches to a subcommand; errors are reported as one line on
 * stderr with a non-zero exit code.
 */
import { CliError, usageError } from './cli-error.ts';

const commands: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  serve: () => import('./commands/serve.ts'),
  import: () => import('./commands/import.ts'),
  'import-images': () => import('./commands/import-images.ts'),
  export: () => import('./commands/export.ts'),
  render: () => import('./commands/render.ts'),
  parse: () => import('./commands/parse.ts'),
  'rebuild-search': () => import('./commands/rebuild-search.ts'),
  'create-user': () => import('./commands/create-user.ts'),
  'reset-password': () => import('./commands/reset-password.ts'),
};

export const usage = `usage: kagami <command> [options]

  serve [--data DIR] [--port N] [--host H] [--settings FILE.json]   serve the wiki (sample wiki on first start)
  import FILE [--data DIR] [--settings FILE.json] [--batch N]        import a MediaWiki XML export (.xml, .gz, .bz2, .xz, .7z);
         [--skip-invalid] [--max-page-bytes N] [--restart] [--quiet]  an interrupted import resumes when run again;
         [--run-jobs]                                                 --run-jobs renders every page and fills link tables now
  import-images DIR [--data DIR] [--recursive] [--overwrite]         upload every file of a folder (files already there are
         [--comment TEXT] [--user NAME] [--quiet]                    skipped unless --overwrite)
  export [TITLE...] [--data DIR] [--current] [--namespace N]         write an XML export to stdout
         [--titles FILE]
  render "TITLE" [--data DIR] [--settings FILE.json]                 print a page's parser output HTML
  parse [--title T] [--data DIR] [--settings FILE.json] < page.wiki  parse wikitext from stdin
  rebuild-search [--data DIR] [--all]                                build the search index (pages missing or outdated; --all: every page)
  create-user NAME --password-file FILE [--groups sysop,bureaucrat]  create an account (the first administrator); FILE's first
         [--force] [--data DIR]                                      line is the password (- for stdin)
  reset-password NAME --password-file FILE [--data DIR]              set an account's password and end its sessions (no e-mail
                                                                     is sent: this wiki has none)

  --data DIR defaults to ./data; --db URL (or $KAGAMI_DB) names another database.
`;

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? process.stderr : process.stdout).write(usage);
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (!load) throw usageError(`unknown command: ${name}`);
  return (await load()).run(rest);
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  const err = e as Error;
  const line = (err.message || String(err)).split('\n')[0];
  process.stderr.write(`kagami: ${line}\n`);
  if (process.env.KAGAMI_DEBUG && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exitCode = e instanceof CliError ? e.exitCode : 1;
}
