/**
 * Results of a render benchmark as a markdown table, with each peer's speed relative to Kagami.
 */
import { describeEnvironment, type Environment } from '../lib/environment.ts';
import { fmt } from '../lib/stats.ts';
import type { PeerResult } from './timing.ts';

export function renderReport(env: Environment, results: PeerResult[]): string {
  const lines = [
    describeEnvironment(env),
    '',
    '| corpus | peer | pages | median ms | p90 ms | max ms | MB/s | median CPU ms | p90 CPU ms | MB/CPU-s | Kagami is × faster (wall / CPU) |',
    '| --- | --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
  ];
  for (const r of results) {
    const kagami = results.find((k) => k.corpus === r.corpus && k.peer === 'kagami');
    const ratio =
      r.peer === 'kagami' || !kagami ? '' : `${fmt(r.wall.median / kagami.wall.median)} / ${fmt(r.cpu.median / kagami.cpu.median)}`;
    lines.push(
      `| ${r.corpus} | ${r.peer} | ${r.pages}${r.errors ? ` (+${r.errors} failed)` : ''} | ${fmt(r.wall.median)} | ${fmt(r.wall.p90)} | ${fmt(r.wall.max)} | ${fmt(r.mbPerS)} | ${fmt(r.cpu.median)} | ${fmt(r.cpu.p90)} | ${fmt(r.mbPerCpuS)} | ${ratio} |`,
    );
  }
  return lines.join('\n');
}
