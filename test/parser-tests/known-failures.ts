/**
 * The known-failures ratchet: test/parser-tests/known-failures.json lists, per file, the
 * cases that fail today. A case not on the list must pass; a case on the list that passes
 * must be taken off it (`npm run parser-tests -- --update-known-failures`).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RunSummary } from './summary.ts';

export const knownFailuresPath = join(import.meta.dirname, 'known-failures.json');

export type KnownFailures = Record<string, string[]>;

export function readKnownFailures(): KnownFailures {
  return existsSync(knownFailuresPath) ? (JSON.parse(readFileSync(knownFailuresPath, 'utf8')) as KnownFailures) : {};
}

export function writeKnownFailures(summary: RunSummary): void {
  const out: KnownFailures = {};
  for (const [file, s] of Object.entries(summary.files)) if (s.failures.length) out[file] = [...s.failures].sort();
  writeFileSync(knownFailuresPath, JSON.stringify(out, null, 1) + '\n');
}

export interface RatchetReport {
  /** Cases that are not known failures and fail: regressions. */
  regressions: string[];
  /** Known failures that now pass: to be taken off the list. */
  fixed: string[];
}

export function checkRatchet(summary: RunSummary, known: KnownFailures): RatchetReport {
  const report: RatchetReport = { regressions: [], fixed: [] };
  for (const [file, results] of Object.entries(summary.results)) {
    const listed = new Set(known[file] ?? []);
    for (const r of results) {
      const id = `${file}: ${r.test.name}`;
      if (r.status === 'fail' && !listed.has(r.test.name)) report.regressions.push(id);
      if (r.status === 'pass' && listed.has(r.test.name)) report.fixed.push(id);
    }
  }
  return report;
}
