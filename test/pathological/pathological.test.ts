/**
 * Pathological inputs (unbalanced braces, brackets and quotes, deep lists, tables and tags,
 * thousands of headings, 2 MiB pages) must finish in bounded time or stop with a limit error:
 * never hang, never crash. A child process runs them one after another; each case is bounded
 * from outside by the CPU time the child spends on it (read from /proc, so a loaded machine
 * does not fail the test) and, against hangs, by wall-clock time.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { budgetOverridesMs, defaultBudgetMs, pathologicalCases } from './cases.ts';

const worker = fileURLToPath(new URL('./worker.ts', import.meta.url));
/** Allowance on top of each case's budget for a loaded shared machine (about a process start). */
const allowanceMs = 1_000;
/** Wall-clock time one case may take before it counts as hung (the machine is shared). */
const hangMs = 60_000;

/** CPU time (user + system) the process has used so far, ms; null where /proc is missing. */
function cpuMs(pid: number): number | null {
  const path = `/proc/${pid}/stat`;
  if (!existsSync(path)) return null;
  // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
  const fields = readFileSync(path, 'utf8').replace(/^.*\) /s, '').split(' ');
  const ticksPerMs = 100 / 1000;
  return (Number(fields[11]) + Number(fields[12])) / ticksPerMs;
}

test('every pathological case finishes within its budget', async (t) => {
  // One GC thread: the CPU time measured is what one core spends on the case.
  const child = spawn(process.execPath, ['--single-threaded-gc', '--import', 'tsx', worker], { stdio: ['ignore', 'pipe', 'pipe'] });
  const timings: Array<{ name: string; cpu: number | null; wall: number }> = [];
  const failures: string[] = [];
  let current: { name: string; cpu: number | null; wall: number } | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    const m = /^(start|done|threw) ([^:]*)(?:: (.*))?$/.exec(line);
    if (!m) return;
    const [, event, name, message] = m;
    clearTimeout(timer);
    if (event === 'start') {
      current = { name, cpu: cpuMs(child.pid!), wall: Date.now() };
      timer = setTimeout(() => {
        failures.push(`${name}: no result after ${hangMs} ms`);
        child.kill('SIGKILL');
      }, hangMs);
      return;
    }
    if (!current) return;
    const cpuNow = cpuMs(child.pid!);
    const spent = { name, cpu: cpuNow === null || current.cpu === null ? null : cpuNow - current.cpu, wall: Date.now() - current.wall };
    timings.push(spent);
    if (event === 'threw') failures.push(`${name}: parse threw ${message}`);
    else {
      const budget = (budgetOverridesMs[name] ?? defaultBudgetMs) + allowanceMs;
      if ((spent.cpu ?? spent.wall) > budget) failures.push(`${name}: ${spent.cpu ?? spent.wall} ms (budget ${budget} ms)`);
    }
    current = null;
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const report = timings.map((t) => `${t.name}: ${t.cpu ?? '?'} ms CPU, ${t.wall} ms wall`).join('\n');
  if (current) failures.push(`crashed during ${(current as { name: string }).name}: ${stderr.slice(-2000)}`);
  t.diagnostic(report);
  assert.deepEqual(failures, [], report);
  assert.equal(code, 0, stderr.slice(-2000));
  assert.equal(timings.length, Object.keys(pathologicalCases).length, report);
});
