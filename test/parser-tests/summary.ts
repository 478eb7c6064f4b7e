/**
 * Runs parser-test files and sums the results per file and overall.
 */
import { join } from 'node:path';
import { readParserTestFile } from './reader.ts';
import { runFile, type CaseResult } from './run-case.ts';
import { parserTestsDir } from './files.ts';

export interface FileSummary {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
  failures: string[];
}

export interface RunSummary {
  files: Record<string, FileSummary>;
  overall: Omit<FileSummary, 'failures'>;
  results: Record<string, CaseResult[]>;
}

export function runParserTests(files: string[], filter?: RegExp): RunSummary {
  const summary: RunSummary = { files: {}, overall: { total: 0, passed: 0, failed: 0, skipped: 0 }, results: {} };
  for (const file of files) {
    const results = runFile(readParserTestFile(join(parserTestsDir, file), file), filter);
    const s: FileSummary = { total: results.length, passed: 0, failed: 0, skipped: 0, failures: [] };
    for (const r of results) {
      if (r.status === 'pass') s.passed++;
      else if (r.status === 'skip') s.skipped++;
      else {
        s.failed++;
        s.failures.push(r.test.name);
      }
    }
    summary.files[file] = s;
    summary.results[file] = results;
    for (const k of ['total', 'passed', 'failed', 'skipped'] as const) summary.overall[k] += s[k];
  }
  return summary;
}
