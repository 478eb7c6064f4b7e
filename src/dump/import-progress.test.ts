import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, ImportProgress } from './import-progress.ts';

function output(isTTY: boolean) {
  const written: string[] = [];
  return { written, out: { isTTY, write: (s: string) => written.push(s) } };
}

const half = { pages: 1500, revisions: 3000, pagesRead: 1500, bytesRead: 50, totalBytes: 100 };

test('on a terminal: one line redrawn with a bar, counts, rate and ETA, ended by a newline', () => {
  const { written, out } = output(true);
  const progress = new ImportProgress(out, 0);
  progress.update(half);
  assert.match(written[0], /^\r\[#{12}-{12}\]  50%  1,500 pages, 3,000 revisions, [\d,]+ pages\/s  ETA \d+s\x1b\[K$/);
  progress.done({ ...half, bytesRead: 100 });
  assert.match(written[1], /100%/);
  assert.equal(written[2], '\n');
});

test('in a log: plain lines at the interval, and none for an import shorter than it', () => {
  const quick = output(false);
  const progress = new ImportProgress(quick.out, 60_000);
  progress.update(half);
  progress.done(half);
  assert.deepEqual(quick.written, []);
  const slow = output(false);
  const logged = new ImportProgress(slow.out, 0);
  logged.update({ ...half, bytesRead: null, totalBytes: null });
  assert.match(slow.written[0], /^import: 1500 pages, 3000 revisions, [\d,]+ pages\/s\n$/);
  logged.update(half);
  assert.match(slow.written[1], /^import: 1500 pages, 3000 revisions, [\d,]+ pages\/s, 50\.0% of 0\.1 KiB, ETA \d+s\n$/);
});

test('durations read as seconds, minutes or hours', () => {
  assert.deepEqual([formatDuration(42), formatDuration(125), formatDuration(7322)], ['42s', '2m05s', '2h02m']);
});
