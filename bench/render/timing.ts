/**
 * Per-page render timings and their summary: each page is rendered `warmup` times untimed and
 * `runs` times timed; a page's figure is the median of its runs, and the corpus figures are
 * the median, p90 and max over pages, plus throughput (source bytes over summed page medians).
 */
import { median, summarize, type Summary } from '../lib/stats.ts';

export interface PageTiming {
  title: string;
  /** Source size in UTF-8 bytes. */
  bytes: number;
  /** Wall-clock ms per timed run. */
  ms: number[];
  /** CPU ms per timed run (the process's user + system time). */
  cpuMs: number[];
  error?: string;
}

export interface PeerResult {
  peer: string;
  corpus: string;
  pages: number;
  errors: number;
  wall: Summary;
  cpu: Summary;
  /** Source megabytes per second of wall time (and of CPU time). */
  mbPerS: number;
  mbPerCpuS: number;
}

export interface RunSpec {
  warmup: number;
  runs: number;
}

export function summarizePeer(peer: string, corpus: string, timings: PageTiming[]): PeerResult {
  const ok = timings.filter((t) => !t.error && t.ms.length > 0);
  const wall = ok.map((t) => median(t.ms));
  const cpu = ok.map((t) => median(t.cpuMs));
  const bytes = ok.reduce((a, t) => a + t.bytes, 0);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    peer,
    corpus,
    pages: ok.length,
    errors: timings.length - ok.length,
    wall: summarize(wall),
    cpu: summarize(cpu),
    mbPerS: bytes / 1e6 / (sum(wall) / 1000),
    mbPerCpuS: bytes / 1e6 / (sum(cpu) / 1000),
  };
}

/** Times `render` like the MediaWiki script does: wall and process CPU time per run. */
export function timeRuns(spec: RunSpec, render: () => void): { ms: number[]; cpuMs: number[] } {
  const ms: number[] = [];
  const cpuMs: number[] = [];
  for (let i = 0; i < spec.warmup + spec.runs; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    render();
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    if (i >= spec.warmup) {
      ms.push(wall);
      cpuMs.push((used.user + used.system) / 1000);
    }
  }
  return { ms, cpuMs };
}
