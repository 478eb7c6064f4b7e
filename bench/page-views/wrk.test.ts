import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseWrkOutput } from './wrk.ts';

const report = `Running 1s test @ http://127.0.0.1:18499/wiki/A
  1 threads and 2 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   126.59us  385.83us   5.96ms   95.28%
    Req/Sec    34.94k     5.56k   39.78k    80.00%
  Latency Distribution
     50%   48.00us
     75%   51.00us
     90%    1.20ms
     99%    2.50s
  34704 requests in 1.00s, 7.84MB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 4
Requests/sec:  34691.89
Transfer/sec:      7.84MB
`;

test("wrk's latency distribution, request rate and errors are read in ms", () => {
  const r = parseWrkOutput(report);
  assert.equal(r.requestsPerS, 34691.89);
  assert.equal(r.requests, 34704);
  assert.equal(r.p50, 0.048);
  assert.equal(r.p90, 1.2);
  assert.equal(r.p99, 2500);
  assert.equal(r.errors, 7);
  assert.equal(r.transferPerS, '7.84MB');
});

test('a report without a latency distribution gives NaN, not zero', () => {
  const r = parseWrkOutput('unable to connect to 127.0.0.1:1 Connection refused\n');
  assert.ok(Number.isNaN(r.requestsPerS));
  assert.ok(Number.isNaN(r.p50));
  assert.equal(r.requests, 0);
});
