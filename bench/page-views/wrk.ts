/**
 * The load generator: Debian's wrk, run for a bounded time against one URL, its report
 * (`--latency`) read into numbers.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export interface LoadResult {
  requestsPerS: number;
  /** Latency percentiles in ms. */
  p50: number;
  p90: number;
  p99: number;
  requests: number;
  /** Responses with a status outside 2xx/3xx, and socket errors. */
  errors: number;
  transferPerS: string;
}

const unitMs: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function toMs(value: string, unit: string): number {
  return Number(value) * (unitMs[unit] ?? NaN);
}

export function parseWrkOutput(out: string): LoadResult {
  const pct = (p: string) => {
    const m = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(out);
    return m ? toMs(m[1], m[2]) : NaN;
  };
  const rps = /^Requests\/sec:\s+([\d.]+)/m.exec(out);
  const total = /^\s*(\d+) requests in/m.exec(out);
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(out);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const transfer = /^Transfer\/sec:\s+(\S+)/m.exec(out);
  return {
    requestsPerS: rps ? Number(rps[1]) : NaN,
    p50: pct('50'),
    p90: pct('90'),
    p99: pct('99'),
    requests: total ? Number(total[1]) : 0,
    errors: (non2xx ? Number(non2xx[1]) : 0) + (socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0),
    transferPerS: transfer?.[1] ?? '',
  };
}

export interface LoadSpec {
  connections: number;
  threads: number;
  seconds: number;
}

export async function runWrk(url: string, spec: LoadSpec): Promise<LoadResult> {
  const { stdout } = await promisify(execFile)(
    'wrk',
    ['--latency', '-t', String(spec.threads), '-c', String(spec.connections), '-d', `${spec.seconds}s`, '--timeout', '10s', url],
    { timeout: (spec.seconds + 30) * 1000 },
  );
  return parseWrkOutput(stdout);
}
