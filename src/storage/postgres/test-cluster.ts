/**
 * The PostgreSQL server tests run against: `KAGAMI_TEST_PG` (a postgres:// URL) when set,
 * else a throwaway cluster started from Debian's PostgreSQL binaries on a temp dir and a
 * free port (as the `postgres` user when running as root), stopped when the process exits.
 * Without either, tests fail with a message saying what to install.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let server: string | null = null;

/** The bin dir of the newest PostgreSQL under root that has initdb and pg_ctl. */
export function findPostgresBinaries(root = '/usr/lib/postgresql'): string | null {
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl')));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

function freePort(): number {
  const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

function startCluster(bin: string): string {
  const asRoot = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'kagami-pg-'));
  const user = asRoot ? 'postgres' : undefined;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const run = (tool: string, args: string[]) => {
    const cmd = user ? 'runuser' : join(bin, tool);
    const argv = user ? ['-u', user, '--', join(bin, tool), ...args] : args;
    const r = spawnSync(cmd, argv, { encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr || r.stdout || r.error?.message}`);
  };
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  let port = 0;
  for (let attempt = 0; ; attempt++) {
    port = freePort();
    try {
      run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`, 'start']);
      break;
    } catch (err) {
      if (attempt >= 2) throw err;
    }
  }
  const stop = () => {
    try { run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']); } catch { /* already gone */ }
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', stop);
  watchOwner(user ? ['runuser', '-u', user, '--', join(bin, 'pg_ctl')] : [join(bin, 'pg_ctl')], data, dir);
  return `postgres://postgres@127.0.0.1:${port}/postgres`;
}

/**
 * A detached watcher that stops the cluster and removes its dir once this process is gone,
 * however it ended (a crash or a kill skips exit handlers).
 */
function watchOwner(pgCtl: string[], data: string, dir: string): void {
  const script = `
    const { spawnSync } = require('node:child_process');
    const { rmSync, existsSync } = require('node:fs');
    const [owner, data, dir, ...pgCtl] = process.argv.slice(1);
    const alive = () => { try { process.kill(Number(owner), 0); return true; } catch { return false; } };
    setInterval(() => {
      if (alive() && existsSync(dir)) return;
      if (existsSync(dir)) {
        spawnSync(pgCtl[0], [...pgCtl.slice(1), '-D', data, '-m', 'immediate', '-w', 'stop'], { cwd: dir });
        rmSync(dir, { recursive: true, force: true });
      }
      process.exit(0);
    }, 1000);`;
  const watcher = spawn(process.execPath, ['-e', script, String(process.pid), data, dir, ...pgCtl], { detached: true, stdio: 'ignore' });
  watcher.unref();
}

/** A postgres:// URL of a server the tests may create databases on. */
export function testServerUrl(binRoot?: string): string {
  if (server) return server;
  const fromEnv = process.env.KAGAMI_TEST_PG?.trim();
  if (fromEnv) return (server = fromEnv);
  const bin = findPostgresBinaries(binRoot);
  if (!bin) {
    throw new Error(
      'PostgreSQL tests need a server: set KAGAMI_TEST_PG=postgres://user@host:port/db, or install Debian\'s '
      + 'postgresql package (initdb and pg_ctl under /usr/lib/postgresql/*/bin) so the tests start their own',
    );
  }
  server = startCluster(bin);
  process.env.KAGAMI_TEST_PG = server;
  return server;
}
