/**
 * `kagami serve [--data DIR] [--port N] [--host H] [--settings FILE.json]`: serves the wiki;
 * an empty data dir starts with the sample wiki.
 */
import { startServer } from '../../server/app.ts';
import { loadSampleIfEmpty } from '../../wiki/sample/load-sample.ts';
import { CliError } from '../cli-error.ts';
import { openWikiFromArgs, parseCommandArgs, wikiOptions } from '../cli-options.ts';

export async function run(args: string[]): Promise<number> {
  const { values } = parseCommandArgs(args, {
    ...wikiOptions,
    port: { type: 'string', default: process.env.PORT ?? '8080' },
    host: { type: 'string', default: '127.0.0.1' },
  }, 0);
  const port = Number(values.port);
  if (!/^\d+$/.test(String(values.port)) || port > 65535) throw new CliError(`invalid port: ${values.port}`);
  const wiki = openWikiFromArgs(values);
  if (loadSampleIfEmpty(wiki)) process.stdout.write(`created the sample wiki in ${wiki.dataDir}\n`);
  let server;
  try {
    server = await startServer(wiki, port, { hostname: String(values.host) });
  } catch (e) {
    wiki.close();
    const err = e as NodeJS.ErrnoException;
    throw new CliError(err.code === 'EADDRINUSE' ? `port ${port} is already in use` : `cannot listen on port ${port}: ${err.message}`);
  }
  const address = server.address();
  const actualPort = address && typeof address === 'object' ? address.port : port;
  process.stdout.write(`${wiki.config.wgSitename} is served at http://${values.host}:${actualPort}/\n`);
  if (wiki.repo.users.countUsers() === 0) {
    process.stdout.write(`No accounts yet. Create the first administrator with:\n  kagami create-user NAME --password-file FILE --groups sysop,bureaucrat --data ${wiki.dataDir}\n`);
  }
  const stop = () => {
    server.close();
    wiki.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise<number>(() => {});
}
