/**
 * Where the parser-test files are: MediaWiki's and its extensions' test files, kept in
 * ../shared/parsertests beside the project (KAGAMI_SHARED overrides the shared folder).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const sharedDir = process.env.KAGAMI_SHARED ?? resolve(repoRoot, '..', 'shared');
export const parserTestsDir = join(sharedDir, 'parsertests');

/** All test files, as paths relative to the parser-tests folder (e.g. core/parserTests.txt). */
export function listParserTestFiles(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(parserTestsDir)) {
    const path = join(parserTestsDir, dir);
    if (!statSync(path).isDirectory()) continue;
    for (const name of readdirSync(path)) {
      if (!name.endsWith('.txt') || /^(LICENSE|SOURCE)/.test(name)) continue;
      out.push(relative(parserTestsDir, join(path, name)));
    }
  }
  return out.sort();
}
