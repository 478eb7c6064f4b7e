#!/usr/bin/env node
// Runs every test file (*.test.ts beside the code, and under test/) with Node's test runner.
// Extra arguments are passed through: `npm test -- src/core` runs only the files under src/core.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (name.endsWith('.test.ts')) yield relative(root, path);
  }
}

const files = ['src', 'test', 'bench']
  .flatMap((d) => {
    try {
      return [...walk(join(root, d))];
    } catch {
      return [];
    }
  })
  .filter((f) => filters.length === 0 || filters.some((p) => f.startsWith(p)))
  .sort();

if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}

// Test files that use PostgreSQL share one throwaway cluster, unless KAGAMI_TEST_PG names a server.
const env = { ...process.env };
let pgServer = null;
const usesPostgres = files.some((f) => readFileSync(join(root, f), 'utf8').includes('postgres/test-database.ts'));
if (usesPostgres && !env.KAGAMI_TEST_PG) {
  pgServer = spawn(process.execPath, ['--import', 'tsx', 'scripts/pg-test-server.ts'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
  const url = await new Promise((resolve) => {
    let out = '';
    pgServer.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.trim());
    });
    pgServer.on('exit', () => resolve(''));
  });
  // Without a server, each PostgreSQL test file starts its own or fails saying why.
  if (url) env.KAGAMI_TEST_PG = url;
}

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...flags, ...files],
  { cwd: root, stdio: 'inherit', env },
);
if (pgServer) {
  pgServer.stdin.end();
  await new Promise((resolve) => (pgServer.exitCode === null ? pgServer.on('exit', resolve) : resolve()));
}
process.exit(result.status ?? 1);
