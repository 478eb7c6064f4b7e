/**
 * Pathological inputs (unbalanced braces, deep nesting, thousands of {{!}}, a 2 MiB page)
 * must finish: a child process runs them one after another, and each case gets a time
 * bound measured from outside; a case that hangs or crashes fails here.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const worker = fileURLToPath(new URL('./worker.ts', import.meta.url));
/** Generous bounds: the machine is shared; the point is "finishes", not a benchmark. */
const boundMs = { preprocess: 15_000, parse: 60_000 };

test('every pathological case finishes within its bound', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', worker], { stdio: ['ignore', 'pipe', 'pipe'] });
  const finished: string[] = [];
  let current: string | null = null;
  let timedOut: string | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    const m = /^(start|done) (preprocess|parse): (.*)$/.exec(line);
    if (!m) return;
    clearTimeout(timer);
    if (m[1] === 'start') {
      current = `${m[2]}: ${m[3]}`;
      timer = setTimeout(() => {
        timedOut = current;
        child.kill('SIGKILL');
      }, boundMs[m[2] as 'preprocess' | 'parse']);
    } else {
      finished.push(`${m[2]}: ${m[3]}`);
      current = null;
    }
  });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  assert.equal(timedOut, null, `timed out: ${timedOut}`);
  assert.equal(current, null, `crashed during ${current}: ${stderr.slice(-2000)}`);
  assert.equal(code, 0, stderr.slice(-2000));
  assert.ok(finished.length >= 10, `only ${finished.length} cases ran`);
});
