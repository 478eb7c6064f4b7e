import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fmt, median, percentile, summarize } from './stats.ts';

test('percentiles by nearest rank, medians of even and odd counts', () => {
  const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
  assert.equal(percentile(values, 90), 9);
  assert.equal(percentile(values, 100), 10);
  assert.equal(percentile(values, 0), 1);
  assert.equal(median(values), 5.5);
  assert.equal(median([3, 1, 2]), 2);
  assert.deepEqual(summarize([2, 4]), { n: 2, median: 3, p90: 4, p99: 4, max: 4, mean: 3 });
  assert.ok(Number.isNaN(summarize([]).median));
});

test('table numbers keep three significant digits', () => {
  assert.equal(fmt(1234.5), '1235');
  assert.equal(fmt(12.345), '12.3');
  assert.equal(fmt(1.2345), '1.23');
  assert.equal(fmt(NaN), '–');
});
