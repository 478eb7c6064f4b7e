/**
 * Runs a command as a child process and samples its resident memory from /proc: the peak
 * (VmHWM) and a series over time, to show whether memory stays flat.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface ChildRun {
  code: number | null;
  seconds: number;
  peakRssMiB: number;
  /** [seconds since start, RSS in MiB] every `sampleMs`. */
  samples: Array<[number, number]>;
  stdout: string;
  stderr: string;
}

function statusField(pid: number, field: string): number | null {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export function runMeasured(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; sampleMs?: number } = {}): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    const samples: Array<[number, number]> = [];
    let peak = 0;
    const timer = setInterval(() => {
      const rss = statusField(child.pid!, 'VmRSS');
      const hwm = statusField(child.pid!, 'VmHWM');
      if (rss !== null) samples.push([(Date.now() - started) / 1000, Math.round(rss)]);
      if (hwm !== null) peak = Math.max(peak, hwm);
    }, opts.sampleMs ?? 1000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ code, seconds: (Date.now() - started) / 1000, peakRssMiB: Math.round(peak), samples, stdout, stderr });
    });
  });
}
