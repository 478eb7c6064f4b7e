/**
 * Command-line options shared by the subcommands, parsed with node:util's parseArgs:
 * unknown options and missing values are usage errors.
 */
import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { openWiki, type Wiki } from '../wiki/wiki.ts';
import { CliError, usageError } from './cli-error.ts';

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export const wikiOptions = {
  data: { type: 'string', default: './data' },
  settings: { type: 'string' },
  db: { type: 'string' },
} satisfies OptionSpec;

export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommandArgs(args: string[], options: OptionSpec, maxPositionals: number): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw usageError((e as Error).message.split('\n')[0]);
  }
  if (parsed.positionals.length > maxPositionals) throw usageError(`unexpected argument: ${parsed.positionals[maxPositionals]}`);
  return parsed as ParsedArgs;
}

/** Opens the wiki named by --data / --settings / --db; `mustExist` refuses a missing data dir. */
export function openWikiFromArgs(values: ParsedArgs['values'], opts: { mustExist?: boolean; ephemeralIfMissing?: boolean } = {}): Wiki {
  const dataDir = String(values.data ?? './data');
  const settingsFile = values.settings as string | undefined;
  if (settingsFile && !existsSync(settingsFile)) throw new CliError(`settings file not found: ${settingsFile}`);
  const exists = existsSync(dataDir);
  if (!exists && opts.ephemeralIfMissing) return openWiki({ dataDir, settingsFile, ephemeral: true });
  if (!exists && opts.mustExist) throw new CliError(`no wiki in ${dataDir} (create one with kagami import or kagami serve)`);
  return openWiki({ dataDir, settingsFile, db: values.db as string | undefined });
}
