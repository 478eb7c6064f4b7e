import assert from 'node:assert/strict';
import { test } from 'node:test';
import { listParserTestFiles } from './files.ts';
import { runParserTests } from './summary.ts';
import { checkRatchet, readKnownFailures } from './known-failures.ts';

test('parser tests: no regressions, and no known failure left that now passes', () => {
  const summary = runParserTests(listParserTestFiles());
  const report = checkRatchet(summary, readKnownFailures());
  assert.deepEqual(report.regressions, [], 'cases that passed before and fail now');
  assert.deepEqual(report.fixed, [], 'known failures that now pass: run `npm run parser-tests -- --update-known-failures`');
  const o = summary.overall;
  console.log(`parser tests: ${o.passed}/${o.total} passed, ${o.skipped} skipped`);
});
